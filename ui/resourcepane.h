#pragma once

#include "tablepane.h"

// GUI thread.
namespace Kaji::Models {
class ResourceTableModel;
}

namespace Kaji::Ui {

// The live table of any other kind, with the columns the server prints.
class ResourcePane : public TablePane {
    Q_OBJECT
public:
    explicit ResourcePane(Models::ResourceTableModel *model, QWidget *parent = nullptr);
    Models::ResourceTableModel *model() const { return m_model; }

protected:
    QString title() const override;
    QString iconKey() const override;
    QString countText(int shown, int total) const override;

private:
    void fitColumns();

    Models::ResourceTableModel *m_model;
};

} // namespace Kaji::Ui
