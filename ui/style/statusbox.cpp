#include "statusbox.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>

namespace Kaji::Ui {
namespace {

enum class Look { None, Box, Text };

// The theme's palette, not the widget's: a style sheet changes the widget's
// own palette, and reading that back would feed the sheet its own colours.
QString sheetFor(Look look, Status status)
{
    const QPalette palette = QGuiApplication::palette();
    switch (look) {
    case Look::None: return QString();
    case Look::Box: return statusBoxStyleSheet(status, palette);
    case Look::Text: return QStringLiteral("color: %1;").arg(statusColour(status, palette).name());
    }
    return QString();
}

class StatusFollower : public QObject {
public:
    static constexpr const char *Name = "kajiStatusFollower";

    explicit StatusFollower(QWidget *widget) : QObject(widget), m_widget(widget)
    {
        setObjectName(QLatin1String(Name));
        widget->installEventFilter(this);
    }

    void apply(Look look, Status status)
    {
        m_look = look;
        m_status = status;
        const QString sheet = sheetFor(look, status);
        // Setting a sheet sends the widget a palette change of its own; the
        // same sheet again is left alone, which ends that round.
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange && m_look != Look::None)
            apply(m_look, m_status);
        return false;
    }

private:
    QWidget *m_widget;
    Look m_look = Look::None;
    Status m_status = Status::Neutral;
};

StatusFollower *followerOf(QWidget *widget)
{
    // Found by name: the class has no meta-object of its own to cast by.
    auto *follower = static_cast<StatusFollower *>(
        widget->findChild<QObject *>(QLatin1String(StatusFollower::Name), Qt::FindDirectChildrenOnly));
    return follower ? follower : new StatusFollower(widget);
}

} // namespace

void setStatusBox(QLabel *label, Status status)
{
    followerOf(label)->apply(Look::Box, status);
}

void setStatusText(QWidget *widget, Status status)
{
    followerOf(widget)->apply(Look::Text, status);
}

void clearStatus(QWidget *widget)
{
    followerOf(widget)->apply(Look::None, Status::Neutral);
}

} // namespace Kaji::Ui
