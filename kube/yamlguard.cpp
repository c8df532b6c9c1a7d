#include "yamlguard.h"

#include "kubeconfig.h"

#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <vector>

namespace Kaji::Kube::YamlGuard {
namespace {

struct TooLarge {
    bool byAliases = false;
};

// Counts nodes as written and as expanded; stops the parse (by throwing)
// as soon as either passes its limit, so a huge file is not read to its end.
class NodeCounter : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(anchor);
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        const qint64 size = m_anchorSizes.value(anchor, 1);
        m_expanded += size;
        addToParent(size);
        if (m_expanded > MaxExpandedNodes)
            throw TooLarge{true};
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        qint64 size; // expanded nodes below and including this one
    };

    void count()
    {
        if (++m_written > MaxNodes)
            throw TooLarge{false};
        if (++m_expanded > MaxExpandedNodes)
            throw TooLarge{true};
    }
    void addToParent(qint64 size)
    {
        if (!m_open.empty())
            m_open.back().size += size;
    }
    void leaf(YAML::anchor_t anchor)
    {
        count();
        if (anchor != YAML::NullAnchor)
            m_anchorSizes.insert(anchor, 1);
        addToParent(1);
    }
    void open(YAML::anchor_t anchor)
    {
        count();
        m_open.push_back({anchor, 1});
    }
    void close()
    {
        const Open done = m_open.back();
        m_open.pop_back();
        if (done.anchor != YAML::NullAnchor)
            m_anchorSizes.insert(done.anchor, done.size);
        addToParent(done.size);
    }

    qint64 m_written = 0;
    qint64 m_expanded = 0;
    std::vector<Open> m_open;
    QHash<YAML::anchor_t, qint64> m_anchorSizes;
};

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int extra = 0;
        unsigned int min = 0, code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3f);
        }
        // Overlong forms, surrogates and values past Unicode are invalid too.
        if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
            return i;
        i += extra + 1;
    }
    return -1;
}

std::optional<QString> check(const QByteArray &yaml)
{
    // UTF-16 and UTF-32 files (with a byte order mark) are yaml-cpp's to decode.
    const bool wide = yaml.startsWith("\xff\xfe") || yaml.startsWith("\xfe\xff") || yaml.startsWith(QByteArray("\0\0", 2));
    if (!wide) {
        if (const qsizetype at = firstInvalidUtf8(yaml); at >= 0) {
            const qsizetype lineStart = yaml.lastIndexOf('\n', at) + 1;
            return problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "is not valid UTF-8 at line %1, column %2"))
                .arg(yaml.left(at).count('\n') + 1)
                .arg(at - lineStart + 1);
        }
    }
    std::istringstream stream(yaml.toStdString());
    YAML::Parser parser(stream);
    NodeCounter counter;
    try {
        // The first document only: it is all YAML::Load reads, and yaml-cpp
        // finds documents without end in some short input ("!\n,\n\n\x06"
        // counted 500,000 nodes of empty documents before it was refused).
        parser.HandleNextDocument(counter);
    } catch (const TooLarge &tooLarge) {
        if (tooLarge.byAliases)
            return problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig",
                                                 "uses aliases that expand to more than %1 nodes (a YAML alias bomb?)"))
                .arg(MaxExpandedNodes);
        return problemText(QT_TRANSLATE_NOOP("Kaji::Kube::KubeConfig", "has more than %1 YAML nodes"))
            .arg(MaxNodes);
    } catch (const YAML::Exception &) {
        // Syntax errors and too-deep nesting: the parser reports them.
    }
    return std::nullopt;
}

} // namespace Kaji::Kube::YamlGuard
