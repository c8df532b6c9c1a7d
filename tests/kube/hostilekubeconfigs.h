#pragma once

// Hostile kubeconfig files, made on the fly (a 100 MB fixture does not
// belong in the repository). Shared by tst_hostilekubeconfig (the loader)
// and tst_securitycli (`kaji contexts` next to kubectl).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace KajiHostile {

inline QStringList kinds()
{
    return {QStringLiteral("huge"), QStringLiteral("many-nodes"), QStringLiteral("alias-bomb"), QStringLiteral("deep-nesting"),
            QStringLiteral("invalid-utf8")};
}

// A small valid file beside the hostile one: it must still load.
inline QByteArray good()
{
    return "apiVersion: v1\nkind: Config\n"
           "clusters: [{name: good, cluster: {server: 'https://127.0.0.1:1'}}]\n"
           "contexts: [{name: good, context: {cluster: good, user: good}}]\n"
           "users: [{name: good, user: {username: u, password: p}}]\n";
}

inline QByteArray make(const QString &kind)
{
    if (kind == QLatin1String("huge")) {
        // 100 MB of small users: the densest shape for a YAML tree.
        QByteArray out = "apiVersion: v1\nkind: Config\nusers:\n";
        out.reserve(100 * 1024 * 1024 + 64);
        for (int i = 0; out.size() < 100 * 1024 * 1024; ++i)
            out += "- name: u" + QByteArray::number(i) + "\n  user: {token: t}\n";
        return out;
    }
    if (kind == QLatin1String("many-nodes")) {
        // Under the size limit, over the node limit: 60 MB of small users.
        QByteArray out = "apiVersion: v1\nkind: Config\nusers:\n";
        out.reserve(60 * 1024 * 1024 + 64);
        for (int i = 0; out.size() < 60 * 1024 * 1024; ++i)
            out += "- name: u" + QByteArray::number(i) + "\n  user: {token: t}\n";
        return out;
    }
    if (kind == QLatin1String("alias-bomb")) {
        // "Billion laughs": nine levels of ten aliases each, 10^9 leaves
        // when expanded, used where a reader might walk it.
        QByteArray out = "apiVersion: v1\nkind: Config\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level <= 9; ++level) {
            const QByteArray prev = "*a" + QByteArray::number(level - 1);
            out += 'a' + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                out += (i ? ", " : "") + prev;
            out += "]\n";
        }
        out += "clusters: *a9\nusers: [{name: bomb, user: {exec: {command: x, args: *a9, env: *a9}}}]\n"
               "contexts: *a9\ncurrent-context: *a9\n";
        return out;
    }
    if (kind == QLatin1String("deep-nesting")) {
        // 100,000 nested flow sequences, then as many nested maps.
        QByteArray out = "apiVersion: v1\nkind: Config\nclusters: ";
        out += QByteArray(100000, '[') + QByteArray(100000, ']') + "\nusers: ";
        for (int i = 0; i < 100000; ++i)
            out += "{a: ";
        out += 'x' + QByteArray(100000, '}') + '\n';
        return out;
    }
    if (kind == QLatin1String("invalid-utf8")) {
        // A lone continuation byte and a truncated sequence in a name.
        return "apiVersion: v1\nkind: Config\n"
               "clusters: [{name: \"bad\x80name\", cluster: {server: 'https://127.0.0.1:1'}}]\n"
               "contexts: [{name: \"ctx\xc3\", context: {cluster: bad, user: u}}]\n";
    }
    return {};
}

// A word the loader's message for `kind` must contain, so the user learns
// what is wrong rather than only that something is.
inline QString messageWord(const QString &kind)
{
    if (kind == QLatin1String("huge"))
        return QStringLiteral("larger than");
    if (kind == QLatin1String("many-nodes"))
        return QStringLiteral("nodes");
    if (kind == QLatin1String("alias-bomb"))
        return QStringLiteral("alias");
    if (kind == QLatin1String("deep-nesting"))
        return QStringLiteral("deep");
    return QStringLiteral("UTF-8");
}

} // namespace KajiHostile
