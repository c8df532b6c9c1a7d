#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// GUI thread.
namespace Kaji::Models {
class PodTableModel;
}

namespace Kaji::Ui {

// The live Pods table: filter box, row count, a banner when the data is not
// current (connecting, reconnecting, forbidden) so an empty or stale table
// never looks valid.
class PodsPane : public QWidget {
    Q_OBJECT
public:
    explicit PodsPane(Models::PodTableModel *model, QWidget *parent = nullptr);

    // Empty `problem` hides the banner.
    void setBanner(const QString &problem);
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    Models::PodTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_filter;
    QLabel *m_banner;
    QTableView *m_view;
    QTimer *m_clock;
};

} // namespace Kaji::Ui
