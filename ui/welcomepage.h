#pragma once

#include "kubeconfig.h"

#include <QWidget>

class QPushButton;
class QLabel;

// GUI thread.
namespace Kaji::Ui {

// The page shown while the kubeconfig names no context: which files Kaji
// read and what was wrong with them, and the three ways to get a cluster in.
// The page only asks; the app opens the import dialog or the EKS wizard.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // `paths` are the files Kaji looks at (read or not), `config` what they held.
    void showSources(const QStringList &paths, const Kube::KubeConfig &config);
    // What the page says about each file, in the order Kaji reads them.
    QStringList sourceLines() const { return m_lines; }

Q_SIGNALS:
    void addFileRequested();
    void pasteRequested();
    void addEksClusterRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QStringList m_paths;
    Kube::KubeConfig m_config;

    QLabel *m_title;
    QLabel *m_intro;
    QStringList m_lines;
    QLabel *m_sources;
    QPushButton *m_addFile;
    QPushButton *m_paste;
    QPushButton *m_addEks;
    QLabel *m_addFileText;
    QLabel *m_pasteText;
    QLabel *m_addEksText;
    QLabel *m_demo;
};

} // namespace Kaji::Ui
