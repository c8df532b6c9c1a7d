#pragma once

#include "tablepane.h"

// GUI thread.
namespace Kaji::Models {
class PodTableModel;
}

namespace Kaji::Ui {

// The live Pods table, with the STATUS, READY and RESTARTS kubectl prints.
class PodsPane : public TablePane {
    Q_OBJECT
public:
    explicit PodsPane(Models::PodTableModel *model, QWidget *parent = nullptr);

protected:
    QString title() const override;
    QString iconKey() const override { return QStringLiteral("pods"); }
    QString countText(int shown, int total) const override;
    QString filterHint() const override;
};

} // namespace Kaji::Ui
