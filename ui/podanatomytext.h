#pragma once

#include "podanatomy.h"

#include <QCoreApplication>

// Any thread that may translate (the GUI thread in practice); pure functions.
namespace Kaji::Ui {

// The words of the pod anatomy picture: short lines for the boxes and the
// full text for their tooltips. API kinds and volume types stay as the
// manifest spells them, so they can be looked up.
class PodAnatomyText {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Ui::PodAnatomyText)
public:
    using Anatomy = Models::PodAnatomy;

    static QString ipLine(const Anatomy &pod);
    static QString statusLine(const Anatomy &pod);
    static QString sectionTitle(Anatomy::Role role, int count);
    static QString volumesTitle(int count);

    static QString stateLine(const Anatomy::Container &c);
    static QString lastRunLine(const Anatomy::Container &c); // empty when it never ended before
    static QString portText(const Anatomy::Port &port);
    // What follows a mount's path in its row: " ← config/sub", then
    // " (read-only)" or " (block device)".
    static QString mountSource(const Anatomy::Mount &mount);
    static QString mountFlags(const Anatomy::Mount &mount);

    static QString volumeType(const Anatomy::Volume &volume);
    // A line under a volume's name: its source or a detail. The name is
    // a link to the object when linkKind is set.
    struct Line {
        QString prefix;
        QString name;
        QString suffix;
        QString linkKind; // "ConfigMap", "Secret", "PersistentVolumeClaim"
    };
    static QList<Line> volumeLines(const Anatomy::Volume &volume);
    // The node the pod runs on, linked; or why it runs on none.
    static Line nodeLine(const Anatomy &pod);

    static QString podTooltip(const Anatomy &pod);
    static QString containerTooltip(const Anatomy &pod, const Anatomy::Container &c);
    static QString portTooltip(const Anatomy::Container &c, const Anatomy::Port &port);
    static QString mountTooltip(const Anatomy::Container &c, const Anatomy::Mount &mount, const Anatomy::Volume *volume);
    static QString volumeTooltip(const Anatomy::Volume &volume);
    static QString linkTooltip(const QString &kind, const QString &name);
};

} // namespace Kaji::Ui
