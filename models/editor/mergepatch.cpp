#include "mergepatch.h"

namespace Kaji::Models::MergePatch {
namespace {

using nlohmann::json;

QString token(const std::string &key)
{
    QString t = QString::fromStdString(key);
    return t.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
}

void collect(const json &patch, const QString &prefix, QStringList &out)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString path = prefix + u'/' + token(it.key());
        // A non-empty map is merged into and so names no value itself; an
        // empty one writes `{}` over what was there (create() only makes one
        // for a value that was not a map).
        if (it.value().is_object() && !it.value().empty())
            collect(it.value(), path, out);
        else
            out.append(path);
    }
}

} // namespace

json create(const json &from, const json &to)
{
    if (!from.is_object() || !to.is_object())
        return to;
    json patch = json::object();
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            patch[it.key()] = nullptr;
    }
    for (auto it = to.begin(); it != to.end(); ++it) {
        const auto before = from.find(it.key());
        if (before == from.end()) {
            patch[it.key()] = it.value();
        } else if (*before != it.value()) {
            if (before->is_object() && it.value().is_object())
                patch[it.key()] = create(*before, it.value());
            else
                patch[it.key()] = it.value();
        }
    }
    return patch;
}

json apply(json target, const json &patch)
{
    if (!patch.is_object())
        return patch;
    if (!target.is_object())
        target = json::object();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().is_null())
            target.erase(it.key());
        else
            target[it.key()] = apply(target.contains(it.key()) ? target[it.key()] : json(), it.value());
    }
    return target;
}

QStringList touchedPaths(const json &patch)
{
    QStringList out;
    if (patch.is_object())
        collect(patch, QString(), out);
    return out;
}

QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    if (!tokens.isEmpty())
        tokens.removeFirst(); // the empty text before the first "/"
    for (QString &t : tokens)
        t.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

const json *find(const json &document, const QString &pointer)
{
    const json *at = &document;
    for (const QString &t : pointerTokens(pointer)) {
        if (at->is_object()) {
            const auto it = at->find(t.toStdString());
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else if (at->is_array()) {
            bool ok = false;
            const qulonglong index = t.toULongLong(&ok);
            if (!ok || index >= at->size())
                return nullptr;
            at = &(*at)[size_t(index)];
        } else {
            return nullptr;
        }
    }
    return at;
}

bool changedAt(const json &before, const json &after, const QString &pointer)
{
    const json *a = &before;
    const json *b = &after;
    for (const QString &t : pointerTokens(pointer)) {
        // Both maps: the edit merges into them, so only the key matters.
        if (!a || !b || !a->is_object() || !b->is_object())
            break;
        const std::string key = t.toStdString();
        const auto ia = a->find(key);
        const auto ib = b->find(key);
        a = ia == a->end() ? nullptr : &*ia;
        b = ib == b->end() ? nullptr : &*ib;
    }
    if (!a || !b)
        return a != b;
    return *a != *b;
}

} // namespace Kaji::Models::MergePatch
