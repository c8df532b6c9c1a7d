#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Plain data; any thread.
namespace Kaji::Kube {

// A label selector in kubectl's syntax: "app=web,tier!=db", "env in (a,b)",
// "release notin (x)", "canary", "!legacy".
class LabelSelector {
public:
    using Labels = QList<std::pair<QString, QString>>;

    // nullopt (and `error` set) when the text is not a selector.
    static std::optional<LabelSelector> parse(const QString &text, QString *error = nullptr);
    bool matches(const Labels &labels) const;
    bool isEmpty() const { return m_terms.isEmpty(); }

    enum class Op { Equals, NotEquals, In, NotIn, Exists, NotExists };
    struct Term {
        QString key;
        Op op;
        QStringList values;
    };
    // For indexes that answer the positive terms without a scan.
    const QList<Term> &terms() const { return m_terms; }

private:
    QList<Term> m_terms;
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::LabelSelector::Labels)
