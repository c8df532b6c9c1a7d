#include "bannertone.h"

#include "style/statuscolours.h"

#include <QEvent>
#include <QLabel>

namespace Kaji::Ui {
namespace {

void tint(QLabel *banner, BannerTone tone)
{
    QColor colour;
    switch (tone) {
    case BannerTone::Info: colour = banner->palette().color(QPalette::AlternateBase); break;
    case BannerTone::Good: colour = statusTint(Status::Ok, banner->palette()); break;
    case BannerTone::Warning: colour = statusTint(Status::Warning, banner->palette()); break;
    case BannerTone::Error: colour = statusTint(Status::Error, banner->palette()); break;
    }
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, colour);
    banner->setPalette(palette); // the same colours again change nothing, so no second event
}

// Re-tints a banner when the theme changes under it: its Window colour is
// set by hand and would otherwise keep the old theme's tint.
class ToneFollower : public QObject {
public:
    static constexpr const char *Name = "kajiBannerToneFollower";

    ToneFollower(QLabel *banner) : QObject(banner), m_banner(banner)
    {
        setObjectName(QLatin1String(Name));
        banner->installEventFilter(this);
    }
    BannerTone tone = BannerTone::Info;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_banner && event->type() == QEvent::PaletteChange)
            tint(m_banner, tone);
        return false;
    }

private:
    QLabel *m_banner;
};

} // namespace

void showBanner(QLabel *banner, BannerTone tone, const QString &text)
{
    // Found by name: the class has no meta-object of its own to cast by.
    auto *follower = static_cast<ToneFollower *>(
        banner->findChild<QObject *>(QLatin1String(ToneFollower::Name), Qt::FindDirectChildrenOnly));
    if (!follower)
        follower = new ToneFollower(banner);
    follower->tone = tone;
    tint(banner, tone);
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

} // namespace Kaji::Ui
