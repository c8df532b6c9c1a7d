#pragma once

#include <QDialog>

class QTabWidget;

// GUI thread.
namespace Kaji::Ui {

// Help → Licences…: Kaji's own licence and the notices of the software it
// uses. Both texts are compiled in as resources (:/licences/), so the dialog
// shows them wherever the binary runs: from a build tree, an installed
// package or an app bundle, with nothing to find on disk.
class LicencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit LicencesDialog(QWidget *parent = nullptr);

    // The resource's text, or an empty string if it is missing (a build
    // without the resource must not crash the About box).
    static QString text(const QString &resourceName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
};

} // namespace Kaji::Ui
