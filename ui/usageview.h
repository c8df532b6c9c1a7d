#pragma once

#include "metrics/resourcelines.h"
#include "metrics/usagehistory.h"

#include <QWidget>

class QComboBox;
class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

// GUI thread.
namespace Kaji::Ui {

// The Usage tab of a pod or node: CPU and memory since Kaji connected,
// against the request and limit (allocatable for a node), and when there
// is no figure, the reason in words. A gap in the readings stays a gap.
class UsageView : public QWidget {
    Q_OBJECT
public:
    explicit UsageView(QWidget *parent = nullptr);

    // What is charted ("Pod" or "Node") and the lines to draw against.
    void setSubject(const QString &kind, const QString &namespaceName, const QString &name,
                    const Models::ResourceLines &lines);
    QString kind() const { return m_kind; }
    QString namespaceName() const { return m_namespace; }
    QString name() const { return m_name; }
    // A pod's containers, each with its own request and limit lines: with
    // more than one, a picker offers the whole pod or one of them.
    struct Container {
        QString name;
        Models::ResourceLines lines;
    };
    void setContainers(const QList<Container> &containers);
    // The container picked, empty for the whole pod (or a node).
    QString container() const;
    bool pickContainer(const QString &name); // tests
    void showPoints(const QList<Models::UsageHistory::Point> &points);
    // No figures: why (replaces the charts' state line).
    void showGap(const QString &reason);
    QString stateText() const;
    int pointsShown() const { return m_present; }

Q_SIGNALS:
    // Shown or hidden: the app reads metrics only while someone looks.
    void activeChanged(bool active);
    // Another object is charted: its series are wanted now, not at the next reading.
    void subjectChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void retranslate();

    QString m_kind, m_namespace, m_name;
    QList<Container> m_containers;
    QComboBox *m_picker;
    QString m_title;
    Models::ResourceLines m_lines;
    QList<Models::UsageHistory::Point> m_points;
    QString m_gap;
    int m_present = 0;
    QLabel *m_state;
    QChart *m_cpu;
    QChart *m_memory;
};

} // namespace Kaji::Ui
