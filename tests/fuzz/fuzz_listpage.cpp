// libFuzzer target: one page of a list response, as the stores read it.
//
// List pages are parsed where HttpClient received them: the parser reads up
// to 64 bytes past the text, which is only safe because the buffer keeps
// that room (JsonScan::reservePadding). Byte 0 picks the buffer: bit 0 set
// gives it the room (read in place), clear leaves it exact (read from a
// padded copy). The rest is the page, fed to the pod store (a PodList) and
// to the table reader (a Table, as every other kind is listed).

#include "jsonscan.h"
#include "podstore.h"
#include "tablescan.h"

#include <cstdint>
#include <cstdlib>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool inPlace = data[0] & 1;
    QByteArray page(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (inPlace) {
        JsonScan::reservePadding(page);
        check(page.capacity() - page.size() >= JsonScan::Padding);
    } else {
        page.squeeze();
    }

    PodStore pods;
    pods.beginList();
    pods.listPage(page);
    for (const PodRecord &pod : pods.records().items())
        check(!pod.key().isEmpty());

    QList<TableColumn> columns;
    readTable(page, &columns, [](TableRow &&row) { check(!row.name.isEmpty()); });
    return 0;
}
