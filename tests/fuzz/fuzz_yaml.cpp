// libFuzzer target: Kaji's YAML both ways. The input is read as the API
// server reads YAML (YamlReader); what it means is written back as Kaji
// writes YAML for the YAML view and the editor (toYaml), and must read back
// as the same JSON. Each line of the input is also taken as a plain scalar:
// the YAML 1.1 resolver (`yes`, `0755`, `1_000`, `~`) must agree with the
// writer's choice to quote, and a quoted scalar must read back as its text.

#include "yamlreader.h"
#include "yamlscalar.h"
#include "yamlwriter.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// JSON cannot hold ±inf or nan (YAML's .inf, .nan): such a document has no
// JSON text to compare, so it is not written back.
bool finite(const nlohmann::json &value)
{
    if (value.is_number_float())
        return std::isfinite(value.get<double>());
    if (value.is_structured()) {
        for (const nlohmann::json &child : value) {
            if (!finite(child))
                return false;
        }
    }
    return true;
}

void roundTrip(const QByteArray &text)
{
    const YamlReadResult read = YamlReader::read(text);
    if (!read.ok() || !read.value.is_structured() || !finite(read.value))
        return;
    // Every place named lies in the text. YAML breaks lines at "\r\n", "\n"
    // and a lone "\r" (so does the editor, QTextDocument).
    const int lines = int(text.count('\n') + text.count('\r') - text.count("\r\n")) + 2;
    for (const YamlPosition &position : read.positions)
        check(position.line >= 1 && position.line <= lines && position.column >= 1);
    const QByteArray written = Kaji::Models::toYaml(read.value).toUtf8();
    const YamlReadResult again = YamlReader::read(written);
    check(again.ok());
    check(again.value == read.value);
}

// The lines go through the resolver one by one; their written forms are
// read back as one document (one key per line), which costs one parse
// instead of one per line and also puts each scalar before another key, not
// only at the end of a text.
void scalars(const QByteArray &text)
{
    QByteArray document;
    std::vector<std::string> expected;
    for (const QByteArray &line : text.split('\n')) {
        if (expected.size() == 16)
            break;
        const std::string_view view(line.constData(), size_t(line.size()));
        const YamlScalar::Resolved resolved = YamlScalar::resolvePlain(view);
        (void)YamlScalar::surprise(view, resolved);
        if (YamlScalar::readsBackAsString(view))
            check(resolved.kind == YamlScalar::Kind::String);
        // The writer's scalar reads back as the text, whatever it holds.
        const QString written = QString::fromUtf8(line);
        document += "k" + QByteArray::number(qsizetype(expected.size())) + ": "
            + Kaji::Models::toYamlScalar(written).toUtf8() + "\n";
        expected.push_back(written.toStdString());
    }
    const YamlReadResult read = YamlReader::read(document);
    check(read.ok());
    check(read.value.is_object() && read.value.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const auto value = read.value.find("k" + std::to_string(i));
        check(value != read.value.end() && *value == nlohmann::json(expected[i]));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(text);
    scalars(text);
    return 0;
}
