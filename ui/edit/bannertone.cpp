#include "bannertone.h"

#include <QLabel>

namespace Kaji::Ui {

void showBanner(QLabel *banner, BannerTone tone, const QString &text)
{
    QColor colour;
    switch (tone) {
    case BannerTone::Info: colour = banner->palette().color(QPalette::AlternateBase); break;
    case BannerTone::Good: colour = QColor(0x2e, 0x7d, 0x32, 60); break;
    case BannerTone::Warning: colour = QColor(0xf9, 0xa8, 0x25, 70); break;
    case BannerTone::Error: colour = QColor(0xc6, 0x28, 0x28, 60); break;
    }
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, colour);
    banner->setPalette(palette);
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

} // namespace Kaji::Ui
