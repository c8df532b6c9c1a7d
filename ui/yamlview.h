#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// GUI thread.
namespace Kaji::Ui {

// Read-only YAML with syntax highlighting that follows the palette
// (light or dark theme).
class YamlView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit YamlView(QWidget *parent = nullptr);

    void setYaml(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Kaji::Ui
