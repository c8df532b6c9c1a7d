#include "bannertone.h"

#include "style/statuscolours.h"

#include <QLabel>

namespace Kaji::Ui {

void showBanner(QLabel *banner, BannerTone tone, const QString &text)
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
    banner->setPalette(palette);
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

} // namespace Kaji::Ui
