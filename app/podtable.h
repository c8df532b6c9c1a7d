#pragma once

#include "podrecord.h"

#include <QStringList>

// Any thread.
namespace Kaji::App {

// The rows of `kubectl get pods`, for the command line.
class PodTable {
public:
    PodTable(bool withNamespace, bool wide) : m_withNamespace(withNamespace), m_wide(wide) {}

    QStringList header() const;
    QStringList row(const Kube::PodRecord &pod, qint64 nowEpochSecs) const;

private:
    bool m_withNamespace;
    bool m_wide;
};

} // namespace Kaji::App
