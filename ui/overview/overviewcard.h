#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

// GUI thread.
namespace Kaji::Ui {

// One card of the overview: a title, its content, and a note that says why
// the content is empty or partial (loading, forbidden, no metrics).
class OverviewCard : public QFrame {
    Q_OBJECT
public:
    // `wide`: spans every column of the grid (charts over time).
    OverviewCard(const QString &objectName, bool wide, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Empty hides it.
    void setNote(const QString &note);
    QString note() const;
    QVBoxLayout *body() const { return m_body; }
    bool isWide() const { return m_wide; }

private:
    QLabel *m_title;
    QLabel *m_note;
    QVBoxLayout *m_body;
    bool m_wide;
};

} // namespace Kaji::Ui
