#include "kindicons.h"

#include "statuscolours.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <memory>

namespace Kaji::Ui {
namespace {

// Base names and what maps to them: kinds in lower case, resource plurals,
// and the group keys. One picture may serve several kinds where they mean
// the same to the reader (Role and ClusterRole).
struct Alias {
    const char *name;
    std::initializer_list<const char *> keys;
};

const Alias Aliases[] = {
    {"pod", {"pod", "pods"}},
    {"deployment", {"deployment", "deployments"}},
    {"replicaset", {"replicaset", "replicasets", "replicationcontroller", "replicationcontrollers"}},
    {"statefulset", {"statefulset", "statefulsets"}},
    {"daemonset", {"daemonset", "daemonsets"}},
    {"job", {"job", "jobs"}},
    {"cronjob", {"cronjob", "cronjobs"}},
    {"service", {"service", "services"}},
    {"ingress", {"ingress", "ingresses", "ingressclass", "ingressclasses"}},
    {"endpoints", {"endpoints", "endpointslice", "endpointslices"}},
    {"networkpolicy", {"networkpolicy", "networkpolicies"}},
    {"configmap", {"configmap", "configmaps"}},
    {"secret", {"secret", "secrets"}},
    {"horizontalpodautoscaler", {"horizontalpodautoscaler", "horizontalpodautoscalers", "hpa"}},
    {"poddisruptionbudget", {"poddisruptionbudget", "poddisruptionbudgets"}},
    {"resourcequota", {"resourcequota", "resourcequotas"}},
    {"limitrange", {"limitrange", "limitranges"}},
    {"persistentvolume", {"persistentvolume", "persistentvolumes"}},
    {"persistentvolumeclaim", {"persistentvolumeclaim", "persistentvolumeclaims"}},
    {"storageclass", {"storageclass", "storageclasses"}},
    {"serviceaccount", {"serviceaccount", "serviceaccounts"}},
    {"role", {"role", "roles", "clusterrole", "clusterroles"}},
    {"rolebinding", {"rolebinding", "rolebindings", "clusterrolebinding", "clusterrolebindings"}},
    // The architecture diagram's components: a node's agents look like
    // what they run on, etcd like storage, the API server like the cluster.
    {"node", {"node", "nodes", "kubelet"}},
    {"namespace", {"namespace", "namespaces"}},
    {"event", {"event", "events"}},
    {"customresourcedefinition", {"customresourcedefinition", "customresourcedefinitions", "crd"}},
    {"command", {"command"}},
    {"group-workloads", {"group:workloads", "containerruntime"}},
    {"group-network", {"group:network", "kubeproxy"}},
    {"group-config", {"group:config"}},
    {"group-storage", {"group:storage", "etcd"}},
    {"group-access", {"group:access"}},
    {"group-cluster", {"group:cluster", "context", "apiserver", "scheduler", "controllermanager"}},
    {"group-custom", {"group:custom"}},
};

const QString Fallback = QStringLiteral("custom");

const QHash<QString, QString> &aliasTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        for (const Alias &alias : Aliases) {
            for (const char *key : alias.keys)
                out.insert(QString::fromLatin1(key), QString::fromLatin1(alias.name));
        }
        return out;
    }();
    return table;
}

// The SVG text with the colour put in, parsed once per name and colour.
QSvgRenderer *renderer(const QString &name, const QColor &colour)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString key = name + u'|' + colour.name(QColor::HexArgb);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it->get();
    QFile file(QStringLiteral(":/kinds/%1.svg").arg(name));
    QByteArray svg;
    if (file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    // SVG colours have no alpha: the opacity goes on its own attribute.
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    if (colour.alpha() < 255)
        svg.replace("<g ", QByteArray("<g opacity=\"") + QByteArray::number(colour.alphaF(), 'f', 3) + "\" ");
    auto made = std::make_shared<QSvgRenderer>(svg);
    cache.insert(key, made);
    return made.get();
}

// An icon that renders its picture from the vector for every size asked,
// in the colour of the mode asked (a selected row's icon turns the
// highlighted text colour, as the row's text does).
class KindIconEngine : public QIconEngine {
public:
    KindIconEngine(QString name, const QPalette &palette) : m_name(std::move(name))
    {
        m_normal = iconColour(palette);
        m_selected = palette.color(QPalette::Active, QPalette::HighlightedText);
        m_disabled = palette.color(QPalette::Disabled, QPalette::Text);
    }

    QIconEngine *clone() const override { return new KindIconEngine(*this); }
    QString key() const override { return QStringLiteral("KajiKindIcon"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        renderer(m_name, colourFor(mode))->render(painter, square(QRectF(rect)));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor colour = colourFor(mode);
        const QSize pixels = (QSizeF(size) * scale).toSize();
        const QString cacheKey = QStringLiteral("kaji-kind:%1:%2:%3x%4")
                                     .arg(m_name, colour.name(QColor::HexArgb))
                                     .arg(pixels.width())
                                     .arg(pixels.height());
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer(m_name, colour)->render(&painter, square(QRectF(QPointF(), QSizeF(pixels))));
            painter.end();
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Selected: return m_selected;
        case QIcon::Disabled: return m_disabled;
        default: return m_normal;
        }
    }
    // Square pictures stay square in a rectangle, centred.
    static QRectF square(const QRectF &rect)
    {
        const double side = std::min(rect.width(), rect.height());
        return QRectF(rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    }

    QString m_name;
    QColor m_normal;
    QColor m_selected;
    QColor m_disabled;
};

} // namespace

QString kindIconName(const QString &kindOrResource)
{
    QString key = kindOrResource.trimmed().toLower();
    // "deployments.apps" → "deployments"; group keys hold no dot.
    if (!key.startsWith(QLatin1String("group:")))
        key = key.section(u'.', 0, 0);
    return aliasTable().value(key, Fallback);
}

QStringList kindIconNames()
{
    QStringList names;
    for (const Alias &alias : Aliases)
        names.append(QString::fromLatin1(alias.name));
    names.append(Fallback);
    return names;
}

QIcon kindIcon(const QString &kindOrResource, const QPalette &palette)
{
    return QIcon(new KindIconEngine(kindIconName(kindOrResource), palette));
}

QIcon kindIcon(const QString &kindOrResource)
{
    return kindIcon(kindOrResource, QApplication::palette());
}

void paintKindIcon(QPainter *painter, const QRectF &rect, const QString &kindOrResource, const QColor &colour)
{
    renderer(kindIconName(kindOrResource), colour)->render(painter, rect);
}

} // namespace Kaji::Ui
