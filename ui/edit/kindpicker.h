#pragma once

#include "apiresource.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QListWidget;

// GUI thread.
namespace Kaji::Ui {

// "New resource…": the kinds the cluster serves that can be created, with
// a filter over kind, group and short names; the one picked is the kind of
// the template.
class KindPicker : public QDialog {
    Q_OBJECT
public:
    explicit KindPicker(const QList<Kube::ApiResource> &kinds, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    std::optional<Kube::ApiResource> chosen() const;
    // Selects the kind with this id ("deployments.apps"); false when not listed.
    bool select(const QString &resourceId);

private:
    void refilter();

    QList<Kube::ApiResource> m_kinds;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Kaji::Ui
