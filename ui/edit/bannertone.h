#pragma once

#include <QString>

class QLabel;

// GUI thread.
namespace Kaji::Ui {

// How a window's banner line looks for what it tells: the editor and the
// apply window tell news the same way.
enum class BannerTone { Info, Good, Warning, Error };

// Colours `banner` for `tone` (over the window's own palette, so both
// themes read) and shows `text`; an empty text hides it.
void showBanner(QLabel *banner, BannerTone tone, const QString &text);

} // namespace Kaji::Ui
