#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace Kaji::Models {
class FindingModel;
struct Finding;
}

// GUI thread.
namespace Kaji::Ui {

// What is failing, most severe first, with the selected finding explained
// beside the list: headline, cause, evidence (each a link the window can
// follow to the object, event or log line) and next steps with their
// kubectl commands.
class ProblemsView : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsView(Models::FindingModel *model, QWidget *parent = nullptr);

    // Overrides the summary while the findings are not current (diagnosing,
    // failed, not connected), so an empty list never reads as "all well".
    void setStatus(const QString &status);

    QTableView *list() const { return m_list; }
    QTextBrowser *detail() const { return m_detail; }
    // Shown in the detail panel.
    static QString detailHtml(const Models::Finding &finding);

Q_SIGNALS:
    // An evidence link was clicked: an Evidence::reference() string.
    void referenceActivated(const QString &reference);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateSummary();
    void retranslate();
    void fitColumns();

    Models::FindingModel *m_model;
    QLabel *m_summary;
    QString m_status;
    QTableView *m_list;
    QTextBrowser *m_detail;
    QString m_selectedKey; // kept across runs so a refresh does not lose the place
};

} // namespace Kaji::Ui
