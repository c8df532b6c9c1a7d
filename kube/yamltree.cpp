#include "yamltree.h"

#include "yamlconverter.h"

#include <QCoreApplication>

#include <yaml.h>

#include <memory>
#include <unordered_map>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::YamlReader", text);
}

std::string text(const yaml_char_t *chars)
{
    return chars ? std::string(reinterpret_cast<const char *>(chars)) : std::string();
}

struct ParserDeleter {
    void operator()(yaml_parser_t *parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

struct EventGuard {
    yaml_event_t event;
    ~EventGuard() { yaml_event_delete(&event); }
};

class Builder {
public:
    Builder(std::string_view input, int firstLine) : m_input(input), m_firstLine(firstLine), m_parser(new yaml_parser_t)
    {
        yaml_parser_initialize(m_parser.get());
        yaml_parser_set_input_string(m_parser.get(), reinterpret_cast<const unsigned char *>(input.data()), input.size());
        yaml_parser_set_encoding(m_parser.get(), YAML_UTF8_ENCODING);
    }

    YamlTree build()
    {
        for (;;) {
            EventGuard e;
            if (!yaml_parser_parse(m_parser.get(), &e.event))
                syntaxError();
            const yaml_event_t &event = e.event;
            switch (event.type) {
            case YAML_DOCUMENT_END_EVENT:
                // go-yaml stops after the first document: what follows a
                // "..." is not even parsed (libyaml would want a "---").
                if (!event.data.document_end.implicit)
                    m_tree.nextDocument = contentAfterLine(int(event.end_mark.line));
                return std::move(m_tree);
            case YAML_ALIAS_EVENT: alias(event); break;
            case YAML_SCALAR_EVENT: {
                YamlTree::Node node;
                node.tag = text(event.data.scalar.tag);
                node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
                node.value.assign(reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length);
                node.position = at(event.start_mark);
                add(std::move(node), event.data.scalar.anchor);
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                const bool sequence = event.type == YAML_SEQUENCE_START_EVENT;
                YamlTree::Node node;
                node.type = sequence ? YamlTree::Node::Type::Sequence : YamlTree::Node::Type::Mapping;
                node.tag = text(sequence ? event.data.sequence_start.tag : event.data.mapping_start.tag);
                node.position = at(event.start_mark);
                // Registered before its content: an alias of it inside
                // itself is a cycle, which the converter refuses.
                m_open.push_back(add(std::move(node), sequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor));
                break;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: m_open.pop_back(); break;
            case YAML_STREAM_END_EVENT: return std::move(m_tree);
            case YAML_NO_EVENT:
            case YAML_STREAM_START_EVENT:
            case YAML_DOCUMENT_START_EVENT: break;
            }
        }
    }

private:
    YamlPosition at(const yaml_mark_t &mark) const
    {
        // libyaml counts lines and columns from 0, columns in characters.
        return {int(mark.line) + m_firstLine, int(mark.column) + 1};
    }

    // The first line after `line` (0-based) with something other than
    // blanks and comments on it; invalid when there is none.
    YamlPosition contentAfterLine(int line) const
    {
        size_t pos = 0;
        for (int skipped = 0; skipped <= line && pos < m_input.size(); ++skipped) {
            const size_t newline = m_input.find('\n', pos);
            pos = newline == std::string_view::npos ? m_input.size() : newline + 1;
        }
        for (int next = line + 1; pos < m_input.size(); ++next) {
            const size_t newline = m_input.find('\n', pos);
            const size_t end = newline == std::string_view::npos ? m_input.size() : newline;
            const std::string_view text = m_input.substr(pos, end - pos);
            const size_t first = text.find_first_not_of(" \t\r");
            if (first != std::string_view::npos && text[first] != '#')
                return {next + m_firstLine, 1};
            pos = end + 1;
        }
        return {};
    }

    int add(YamlTree::Node node, const yaml_char_t *anchor)
    {
        const int index = int(m_tree.nodes.size());
        m_tree.nodes.push_back(std::move(node));
        if (anchor)
            m_anchors[text(anchor)] = index; // a later anchor of the same name wins from there on
        attach(index);
        return index;
    }

    void attach(int index)
    {
        if (m_open.empty())
            m_tree.root = index;
        else
            m_tree.nodes[size_t(m_open.back())].children.push_back(index);
    }

    void alias(const yaml_event_t &event)
    {
        const std::string name = text(event.data.alias.anchor);
        const auto it = m_anchors.find(name);
        if (it == m_anchors.end()) {
            throw YamlFailure{at(event.start_mark),
                              message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "unknown anchor '%1' referenced"))
                                  .arg(QString::fromStdString(name))};
        }
        attach(it->second);
    }

    [[noreturn]] void syntaxError() const
    {
        const yaml_parser_t &p = *m_parser;
        QString problem = QString::fromUtf8(p.problem ? p.problem : "unknown error");
        if (p.context)
            problem = QString::fromUtf8(p.context) + QStringLiteral(", ") + problem;
        // Text that ends inside a quoted scalar or a flow collection is
        // best pointed at where that began, not at the end of the text.
        const bool endedInside = p.context && p.problem_mark.index >= p.context_mark.index
            && std::string_view(p.problem ? p.problem : "").find("end of stream") != std::string_view::npos;
        throw YamlFailure{at(endedInside ? p.context_mark : p.problem_mark),
                          message(QT_TRANSLATE_NOOP("Kaji::Kube::YamlReader", "YAML syntax error: %1")).arg(problem)};
    }

    std::string_view m_input;
    int m_firstLine;
    std::unique_ptr<yaml_parser_t, ParserDeleter> m_parser;
    YamlTree m_tree;
    std::vector<int> m_open; // collections being read
    std::unordered_map<std::string, int> m_anchors;
};

} // namespace

YamlTree YamlTree::parse(std::string_view text, int firstLine)
{
    return Builder(text, firstLine).build();
}

} // namespace Kaji::Kube
