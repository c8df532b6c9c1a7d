#include "warningheader.h"

namespace Kaji::Kube::WarningHeader {

namespace {

// A quoted-string: the text between the quotes, backslash escapes undone.
QString unquote(const QByteArray &quoted)
{
    QByteArray out;
    for (qsizetype i = 1; i < quoted.size(); ++i) {
        const char c = quoted.at(i);
        if (c == '"')
            break;
        if (c == '\\' && i + 1 < quoted.size())
            out.append(quoted.at(++i));
        else
            out.append(c);
    }
    return QString::fromUtf8(out);
}

} // namespace

std::optional<QString> text(const QByteArray &headerLine)
{
    const qsizetype colon = headerLine.indexOf(':');
    if (colon < 0 || headerLine.left(colon).trimmed().toLower() != "warning")
        return std::nullopt;
    const QByteArray value = headerLine.mid(colon + 1).trimmed();
    // warn-code SP warn-agent SP warn-text: the text starts at the first quote.
    const qsizetype quote = value.indexOf('"');
    const QString message = quote < 0 ? QString::fromUtf8(value) : unquote(value.mid(quote));
    if (message.trimmed().isEmpty())
        return std::nullopt;
    return message;
}

} // namespace Kaji::Kube::WarningHeader
