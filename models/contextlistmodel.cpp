#include "contextlistmodel.h"

#include "reflector.h"

#include <QMimeData>
#include <QRegularExpression>

namespace Kaji::Models {
namespace {
// Names dragged within the list, one a line; other lists do not accept them.
const QString MimeType = QStringLiteral("application/x-kaji-context-names");
}

ContextListModel::ContextListModel(QObject *parent) : QAbstractListModel(parent) {}

void ContextListModel::setConfig(const Kube::KubeConfig &config)
{
    // A reload replaces the whole file set, the kubeconfig's "re-list".
    beginResetModel();
    m_config = config;
    m_names = sortedNames();
    endResetModel();
}

QStringList ContextListModel::sortedNames() const
{
    QStringList names;
    for (const QString &name : m_order) {
        if (m_config.contexts.contains(name) && !names.contains(name))
            names.append(name);
    }
    for (const QString &name : m_config.contexts.keys()) { // sorted by the map
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

void ContextListModel::setOrder(const QStringList &names)
{
    m_order = names;
    const QStringList sorted = sortedNames();
    if (sorted == m_names)
        return;
    // Persistent indexes (the view's current row) follow their context.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? this->index(int(sorted.indexOf(m_names.at(index.row())))) : QModelIndex());
    m_names = sorted;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void ContextListModel::setAvatarColour(const QString &name, const QString &colour)
{
    if (colour.isEmpty())
        m_colours.remove(name);
    else
        m_colours.insert(name, colour);
    const int row = rowForName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {AvatarColourRole});
}

QString ContextListModel::initialsFor(const QString &name)
{
    // An ARN or a path names the cluster last: "…:cluster/prod".
    QString base = name.section(QLatin1Char('/'), -1);
    if (base.contains(QLatin1Char(':')))
        base = base.section(QLatin1Char(':'), -1);
    if (base.isEmpty())
        base = name;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = base.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString initials;
    if (words.size() >= 2)
        initials = words.at(0).left(1) + words.at(1).left(1);
    else
        initials = words.at(0).left(2);
    return initials.toUpper();
}

bool ContextListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_names.size() || destinationChild < 0 || destinationChild > m_names.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself: no move
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QStringList moved = m_names.mid(sourceRow, count);
    m_names.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_names.insert(to + i, moved.at(i));
    endMoveRows();
    m_order = m_names;
    Q_EMIT orderChanged(m_names);
    return true;
}

Qt::ItemFlags ContextListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions ContextListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ContextListModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *ContextListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList names;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            names.append(m_names.at(index.row()));
    }
    auto *data = new QMimeData;
    data->setData(MimeType, names.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool ContextListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(MimeType);
}

bool ContextListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row: before it; below the last: at the end.
    int destination = parent.isValid() ? parent.row() : (row < 0 ? int(m_names.size()) : row);
    const QStringList names = QString::fromUtf8(data->data(MimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const int from = rowForName(name);
        if (from < 0)
            continue;
        // Moved up, the next name goes below it; moved down, the slot
        // after it is still `destination`.
        if (moveRows({}, from, 1, {}, destination) && from > destination)
            ++destination;
    }
    // The move is done here: false keeps the view from removing the
    // "source" rows a copy-and-delete drag would.
    return false;
}

int ContextListModel::rowForName(const QString &name) const
{
    return int(m_names.indexOf(name));
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ContextListModel::problemCount(const Kube::ContextEntry &context) const
{
    const QString contextField = QStringLiteral("contexts[%1]").arg(context.name);
    const QString clusterField = QStringLiteral("clusters[%1]").arg(context.cluster);
    const QString userField = QStringLiteral("users[%1]").arg(context.user);
    int count = 0;
    for (const Kube::KubeConfigProblem &problem : m_config.problems) {
        if (problem.field.startsWith(contextField) || problem.field.startsWith(clusterField)
            || problem.field.startsWith(userField))
            ++count;
    }
    return count;
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kube::ContextEntry &context = m_config.contexts[m_names.at(index.row())];
    const Kube::ClusterEntry *cluster = m_config.clusterFor(context);
    const Kube::UserEntry *user = m_config.userFor(context);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return context.name;
    case Qt::ToolTipRole: return toolTip(context.name, cluster ? cluster->server : QString());
    case ClusterRole: return context.cluster;
    case UserRole: return context.user;
    case NamespaceRole:
        return context.namespaceName.isEmpty() ? QStringLiteral("default") : context.namespaceName;
    case ServerRole: return cluster ? cluster->server : QString();
    case AuthKindRole: return int(user ? user->authKind() : Kube::AuthKind::None);
    case InsecureRole: return cluster && cluster->insecureSkipTlsVerify;
    case CurrentRole: return context.name == m_config.currentContext;
    case SourceFileRole: return context.sourceFile;
    case ProblemCountRole: return problemCount(context);
    case ConnectionRole: return m_live.value(context.name).state;
    case InitialsRole: return initialsFor(context.name);
    case AvatarColourRole: return m_colours.value(context.name);
    default: return {};
    }
}

void ContextListModel::setConnectionState(const QString &name, int state, const QString &message)
{
    if (state < 0)
        m_live.remove(name);
    else
        m_live.insert(name, {state, message});
    const int row = rowForName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ConnectionRole, Qt::ToolTipRole});
}

QString ContextListModel::toolTip(const QString &name, const QString &server) const
{
    const auto it = m_live.constFind(name);
    if (it == m_live.constEnd())
        return tr("%1\n%2\nNot connected").arg(name, server);
    QString state;
    switch (Kube::Reflector::State(it->state)) {
    case Kube::Reflector::State::Connecting: state = tr("Connecting…"); break;
    case Kube::Reflector::State::Synced: state = tr("Connected, live"); break;
    case Kube::Reflector::State::Reconnecting: state = tr("Reconnecting"); break;
    case Kube::Reflector::State::Forbidden: state = tr("Forbidden"); break;
    case Kube::Reflector::State::Error: state = tr("Error"); break;
    }
    return it->message.isEmpty() ? QStringLiteral("%1\n%2\n%3").arg(name, server, state)
                                 : QStringLiteral("%1\n%2\n%3: %4").arg(name, server, state, it->message);
}

QHash<int, QByteArray> ContextListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ClusterRole, "cluster");
    names.insert(UserRole, "user");
    names.insert(NamespaceRole, "namespace");
    names.insert(ServerRole, "server");
    names.insert(AuthKindRole, "authKind");
    names.insert(InsecureRole, "insecure");
    names.insert(CurrentRole, "current");
    names.insert(SourceFileRole, "sourceFile");
    names.insert(ProblemCountRole, "problemCount");
    names.insert(ConnectionRole, "connection");
    names.insert(InitialsRole, "initials");
    names.insert(AvatarColourRole, "avatarColour");
    return names;
}

} // namespace Kaji::Models
