#pragma once

#include "graphdraft.h"
#include "diagraminput.h"

#include <QCoreApplication>

// Pure functions; any thread.
namespace Kaji::Models {

// The pods behind one Service in the network view: drawn one by one up to
// options.fanLimit, beyond it as one aggregate node podGroupId(service) that
// counts them by state and names them all (nothing is dropped), unless the
// user expanded it. Layout time grows with the square of a fan's width, and
// a wall of 500 identical boxes tells less than "500 pods: 498 ready".
class ServicePodFan {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ServicePodFan)
public:
    // How a pod is summed up in an aggregate's detail line, in this order.
    enum class Category { Ready, Starting, NotReady, Pending, CrashLooping, ImagePull, Failing, Completed, Missing, Hidden };

    // A pod behind the Service; its node is made only if it is drawn alone
    // (a fan of a thousand pods needs their names and states, not nodes).
    struct Member {
        const Kube::PodRecord *pod = nullptr;
        DiagramNode absent; // without `pod`: one an endpoint names that the input lacks
        QString name() const { return pod ? pod->name : absent.name; }
        DiagramState state() const;
        Category category() const;
    };
    // From a slice (or the Service itself) to members[member].
    struct Link {
        QString from;
        qsizetype member = 0;
        DiagramEdgeState state = DiagramEdgeState::Normal;
        QString label;
    };

    static Category categoryOf(const Kube::PodRecord &pod);
    static DiagramNode podNode(const Kube::PodRecord &pod, int column);
    static void add(GraphDraft &out, const QString &serviceId, const QList<Member> &members,
                    const QList<Link> &links, int column, const DiagramOptions &options);

    // "48 pods: 45 ready, 2 pending, 1 crash-looping"
    static QString summary(const QList<Member> &members);

private:
    static QString categoryText(Category category, int count);
};

} // namespace Kaji::Models
