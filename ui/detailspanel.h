#pragma once

#include "objectsummary.h"

#include <QPointer>
#include <QWidget>

namespace Kaji::Models {
class FindingModel;
}

class QCheckBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

// GUI thread.
namespace Kaji::Ui {

class ActionBar;
class PodAnatomyView;
class UsageView;
class YamlView;

// The selected object: an overview (metadata, conditions, containers, the
// objects it is linked to, as links that navigate), its diagnosis (the
// latest findings about it and, for a workload, its pods), for a pod its
// anatomy (containers, volumes and mounts drawn), its Events, and its YAML
// (read-only; managedFields hidden; Secret values masked until the user
// reveals them).
class DetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showLoading(const QString &kind, const QString &name);
    void showObject(const nlohmann::json &object);
    void showEvents(const nlohmann::json &eventList);
    // Objects found through the summary's child selector (pods of a ReplicaSet, ...).
    void showChildren(const QList<Models::ObjectLink> &children);
    void showError(const QString &message);
    // The latest diagnosis; the Diagnosis tab follows its runs.
    void setFindings(Models::FindingModel *findings);
    // Shows the Events tab with the event of that metadata.name selected,
    // now or when the events arrive.
    void selectEvent(const QString &eventName);

    QString diagnosisText() const;
    QTextBrowser *diagnosisView() const { return m_diagnosis; }
    QTextBrowser *eventsView() const { return m_events; }
    // Shown as a tab for pods only.
    PodAnatomyView *anatomyView() const { return m_anatomy; }
    // CPU and memory of the pod or node shown (the app feeds it).
    UsageView *usageView() const { return m_usage; }
    QString selectedEvent() const { return m_selectedEvent; }

    QString yamlText() const;
    QString overviewText() const;
    QTabWidget *tabs() const { return m_tabs; }
    ActionBar *actionBar() const { return m_actionBar; }

Q_SIGNALS:
    void linkActivated(const Kaji::Models::ObjectLink &link);
    // An evidence link in the Diagnosis tab: an Evidence::reference().
    void referenceActivated(const QString &reference);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renderOverview();
    void renderYaml();
    void renderEvents();
    void renderDiagnosis();
    void showAnatomyTab(bool shown);
    void showUsageTab(bool shown);
    QString roleText(const QString &role) const;
    void setHeaderKind(const QString &kind);

    QLabel *m_headerIcon;
    QLabel *m_header;
    QString m_headerKind; // whose picture m_headerIcon shows
    ActionBar *m_actionBar;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QTextBrowser *m_diagnosis;
    QTextBrowser *m_events;
    PodAnatomyView *m_anatomy;
    UsageView *m_usage;
    QWidget *m_yamlPage;
    QCheckBox *m_reveal;
    YamlView *m_yaml;
    nlohmann::json m_object;
    nlohmann::json m_eventList;
    Models::ObjectSummary m_summary;
    QList<Models::ObjectLink> m_children;
    QList<Models::ObjectLink> m_shownLinks; // anchors "link:N" index into this
    QPointer<Models::FindingModel> m_findings;
    QString m_selectedEvent;
};

} // namespace Kaji::Ui
