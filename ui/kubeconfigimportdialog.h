#pragma once

#include "kubeconfigimporter.h"

#include <QDialog>
#include <QTimer>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// GUI thread.
namespace Kaji::Ui {

// Brings another kubeconfig in, from a file or pasted text: lists the
// contexts it holds and the names that clash, then merges it into the
// user's kubeconfig or keeps it as a separate file, as the user chooses.
class KubeconfigImportDialog : public QDialog {
    Q_OBJECT
public:
    KubeconfigImportDialog(KubeconfigImporter *importer, KubeconfigImportMode mode, QWidget *parent = nullptr);

    void setMode(KubeconfigImportMode mode);
    KubeconfigImportMode mode() const;
    // The file to import (file mode) or the text (paste mode), as if typed.
    void setFilePath(const QString &path);
    void setPastedText(const QString &text);
    const KubeconfigImportPreview &currentPreview() const { return m_preview; }

Q_SIGNALS:
    // After a successful import, before the dialog closes.
    void imported(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void refreshPreview();
    void showPreview();
    void runImport();
    QByteArray input(QString *sourcePath, QString *error) const;

    KubeconfigImporter *m_importer;
    KubeconfigImportPreview m_preview;
    QTimer m_previewTimer; // typing and pasting settle before the text is parsed
    QLabel *m_intro;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromPaste;
    QWidget *m_filePage;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPlainTextEdit *m_text;
    QLabel *m_foundLabel;
    QListWidget *m_contexts;
    QLabel *m_conflicts;
    QLabel *m_problem;
    QLabel *m_destinationLabel;
    QRadioButton *m_merge;
    QRadioButton *m_separate;
    QLabel *m_conflictLabel;
    QRadioButton *m_skip;
    QRadioButton *m_rename;
    QLineEdit *m_suffix;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace Kaji::Ui
