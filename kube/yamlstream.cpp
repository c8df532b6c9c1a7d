#include "yamlstream.h"

#include <QCoreApplication>

namespace Kaji::Kube {

YamlStreamSplit YamlStream::split(const QByteArray &text)
{
    YamlStreamSplit out;
    QByteArray current;
    int currentStart = 1;
    int line = 1;
    for (qsizetype pos = 0; pos < text.size(); ++line) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        const QByteArrayView lineText(text.constData() + pos, next - pos);
        pos = next;
        if (!lineText.startsWith("---")) {
            if (current.isEmpty())
                currentStart = line;
            current += lineText;
            continue;
        }
        const QByteArrayView rest = lineText.sliced(3).trimmed();
        if (!rest.isEmpty() && !rest.startsWith('#')) {
            const int column = 3 + int(lineText.sliced(3).indexOf(rest)) + 1;
            out.error = YamlProblem{
                {line, column},
                QCoreApplication::translate("Kaji::Kube::YamlStream",
                                            "\"%1\" after the document separator \"---\": only a comment may follow it")
                    .arg(QString::fromUtf8(rest))};
            return out;
        }
        if (!current.isEmpty())
            out.documents.append({current, currentStart});
        current.clear();
    }
    if (!current.isEmpty())
        out.documents.append({current, currentStart});
    return out;
}

} // namespace Kaji::Kube
