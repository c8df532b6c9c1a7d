#include "overviewcard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Kaji::Ui {

OverviewCard::OverviewCard(const QString &objectName, bool wide, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_note(new QLabel(this)), m_body(new QVBoxLayout), m_wide(wide)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_note->setObjectName(QStringLiteral("cardNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(4);
    layout->addLayout(m_body, 1);
}

void OverviewCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void OverviewCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString OverviewCard::note() const
{
    return m_note->text();
}

} // namespace Kaji::Ui
