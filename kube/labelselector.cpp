#include "labelselector.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kaji::Kube {
namespace {

// Splits on commas outside parentheses: "a in (x,y),b=c" is two terms.
QStringList splitTerms(const QString &text)
{
    QStringList out;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.append(current.trimmed());
    return out;
}

bool validKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Za-z0-9.\-]+/)?[A-Za-z0-9]([A-Za-z0-9._\-]*[A-Za-z0-9])?$)"));
    return pattern.match(key).hasMatch();
}

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    static const QRegularExpression setTerm(QStringLiteral(R"(^(\S+)\s+(in|notin)\s*\(([^)]*)\)$)"));
    LabelSelector selector;
    for (const QString &term : splitTerms(text)) {
        if (term.isEmpty())
            continue;
        Term parsed;
        if (const auto m = setTerm.match(term); m.hasMatch()) {
            parsed.key = m.captured(1);
            parsed.op = m.captured(2) == QLatin1String("in") ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(u','))
                parsed.values.append(v.trimmed());
        } else if (const qsizetype ne = term.indexOf(QLatin1String("!=")); ne > 0) {
            parsed = {term.left(ne).trimmed(), Op::NotEquals, {term.mid(ne + 2).trimmed()}};
        } else if (const qsizetype eq = term.indexOf(u'='); eq > 0) {
            const qsizetype valueAt = term.mid(eq, 2) == QLatin1String("==") ? eq + 2 : eq + 1;
            parsed = {term.left(eq).trimmed(), Op::Equals, {term.mid(valueAt).trimmed()}};
        } else if (term.startsWith(u'!')) {
            parsed = {term.mid(1).trimmed(), Op::NotExists, {}};
        } else {
            parsed = {term, Op::Exists, {}};
        }
        if (!validKey(parsed.key)) {
            if (error)
                *error = QCoreApplication::translate("Kaji::Kube::LabelSelector", "\"%1\" is not a valid label selector term")
                             .arg(term);
            return std::nullopt;
        }
        selector.m_terms.append(std::move(parsed));
    }
    return selector;
}

bool LabelSelector::matches(const Labels &labels) const
{
    for (const Term &term : m_terms) {
        const auto it = std::find_if(labels.cbegin(), labels.cend(), [&](const auto &l) { return l.first == term.key; });
        const bool has = it != labels.cend();
        const QString value = has ? it->second : QString();
        bool ok = false;
        switch (term.op) {
        case Op::Equals: ok = has && value == term.values.first(); break;
        case Op::NotEquals: ok = !has || value != term.values.first(); break;
        case Op::In: ok = has && term.values.contains(value); break;
        case Op::NotIn: ok = !has || !term.values.contains(value); break;
        case Op::Exists: ok = has; break;
        case Op::NotExists: ok = !has; break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Kaji::Kube
