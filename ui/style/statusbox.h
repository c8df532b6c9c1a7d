#pragma once

#include "statuscolours.h"

class QLabel;
class QWidget;

// GUI thread.
namespace Kaji::Ui {

// Draws a widget in a status's colours and keeps it so when the theme
// changes: a style sheet holds fixed colours, so the widget is given a
// follower that writes it again from the new palette.
void setStatusBox(QLabel *label, Status status); // a framed note (statusBoxStyleSheet)
void setStatusText(QWidget *widget, Status status); // the text only
void clearStatus(QWidget *widget); // back to the palette's own colours

} // namespace Kaji::Ui
