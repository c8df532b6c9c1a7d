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
#include <string_view>

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
    // Every place named lies in the text.
    const int lines = int(text.count('\n')) + 2;
    for (const YamlPosition &position : read.positions)
        check(position.line >= 1 && position.line <= lines && position.column >= 1);
    const QByteArray written = Kaji::Models::toYaml(read.value).toUtf8();
    const YamlReadResult again = YamlReader::read(written);
    check(again.ok());
    check(again.value == read.value);
}

void scalar(std::string_view line)
{
    const YamlScalar::Resolved resolved = YamlScalar::resolvePlain(line);
    (void)YamlScalar::surprise(line, resolved);
    if (YamlScalar::readsBackAsString(line))
        check(resolved.kind == YamlScalar::Kind::String);
    // The writer's scalar reads back as the text, whatever it holds.
    const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    const QByteArray document = "k: " + Kaji::Models::toYamlScalar(text).toUtf8() + "\n";
    const YamlReadResult read = YamlReader::read(document);
    check(read.ok());
    check(read.value.is_object() && read.value.size() == 1);
    check(read.value["k"] == nlohmann::json(text.toStdString()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(text);
    int lines = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (++lines > 16)
            break;
        scalar(std::string_view(line.constData(), size_t(line.size())));
    }
    return 0;
}
