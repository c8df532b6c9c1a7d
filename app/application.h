#pragma once

#include <QObject>

#include <memory>

// GUI thread.
namespace Kaji::Kube {
class KubeConfigSource;
}
namespace Kaji::Models {
class ContextListModel;
}
namespace Kaji::Ui {
class MainWindow;
}

namespace Kaji::App {

class LanguageManager;

// Wires the layers together for the windowed app: the kubeconfig source,
// the models over it, the main window, language, theme and saved settings.
class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    Ui::MainWindow *mainWindow() const { return m_window.get(); }
    LanguageManager *languages() const { return m_languages; }

    void show();
    void setLanguage(const QString &choice);
    void setTheme(const QString &theme);

private:
    void saveWindowState();

    LanguageManager *m_languages;
    Kube::KubeConfigSource *m_kubeconfig;
    Models::ContextListModel *m_contexts;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace Kaji::App
