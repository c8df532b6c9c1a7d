#pragma once

#include "emptystateoverlay.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// GUI thread.
namespace Kaji::Models {
class TableFilterProxy;
}

namespace Kaji::Ui {

// A live table of one kind: title, row count, a filter box (text or label
// selector), a banner when the data is not current (connecting,
// reconnecting, forbidden) so an empty or stale table never looks valid,
// and a clock for the columns that are relative to now.
class TablePane : public QWidget {
    Q_OBJECT
public:
    TablePane(QAbstractItemModel *model, QWidget *parent = nullptr);
    // How often the visible rows are repainted for AGE and "(… ago)".
    static constexpr int ClockIntervalMs = 5000;

    // Empty `problem` hides the banner.
    void setBanner(const QString &problem);
    // What the connection says about this table's data; an empty table
    // explains itself from it (and from the filter and namespaces).
    void setDataState(EmptyStateOverlay::DataState state, const QString &message = {});
    EmptyStateOverlay *emptyState() const { return m_empty; }
    QTableView *view() const { return m_view; }
    Models::TableFilterProxy *proxy() const { return m_proxy; }
    void setFilterText(const QString &text);
    void focusFilter();
    // Rows of these namespaces only (empty: all); the count says so.
    void setNamespaces(const QStringList &namespaces);
    QString paneTitle() const { return title(); }
    // The kind's icon key for ui/style/kindicons ("pods", "deployments.apps").
    QString paneIconKey() const { return iconKey(); }
    // The key ("namespace/name") of the selected row, empty if none.
    QString selectedKey() const;
    bool selectKey(const QString &key);

Q_SIGNALS:
    void activated(const QString &key); // Enter or double click on a row
    void currentKeyChanged(const QString &key);
    // Right click on a row (now the current one).
    void rowMenuRequested(const QString &key, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    virtual QString title() const = 0;
    virtual QString iconKey() const = 0;
    virtual QString countText(int shown, int total) const = 0;
    virtual QString filterHint() const;
    // Which column carries the health colour (-1: none).
    void setHealthColumn(int column);
    void retranslate();

private:
    void updateCount();
    void updateEmptyState();
    void updateIcon();

    QAbstractItemModel *m_model;
    Models::TableFilterProxy *m_proxy;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_filter;
    QLabel *m_banner;
    QTableView *m_view;
    QTimer *m_clock;
    EmptyStateOverlay *m_empty;
    EmptyStateOverlay::DataState m_state = EmptyStateOverlay::DataState::Loading;
    QString m_stateMessage;
    QStringList m_namespaces;
    int m_healthColumn = -1;
};

} // namespace Kaji::Ui
