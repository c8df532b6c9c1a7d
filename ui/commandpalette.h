#pragma once

#include <QDialog>

class QLineEdit;
class QListView;

// GUI thread.
namespace Kaji::Models {
class PaletteModel;
struct PaletteEntry;
}

namespace Kaji::Ui {

// Ctrl+K: type a few letters of a kind, namespace, context or object, pick
// it with the arrow keys and Enter (or a click), and go there.
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    explicit CommandPalette(Models::PaletteModel *model, QWidget *parent = nullptr);

    // Empties the query and shows the palette over `anchor`'s top centre.
    void popUp(QWidget *anchor);
    QLineEdit *queryEdit() const { return m_query; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void picked(const Kaji::Models::PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void pickCurrent();
    void selectFirst();
    void retranslate();

    Models::PaletteModel *m_model;
    QLineEdit *m_query;
    QListView *m_list;
};

} // namespace Kaji::Ui
