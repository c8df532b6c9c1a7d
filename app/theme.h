#pragma once

#include <QString>

// GUI thread.
namespace Kaji::App {

// Applies "system" (the platform's own style and palette), "light" or
// "dark". Qt 6.4 cannot ask the platform for its colour scheme, so "system"
// simply leaves the platform's palette in place.
void applyTheme(const QString &theme);

} // namespace Kaji::App
