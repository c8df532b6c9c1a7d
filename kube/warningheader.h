#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Kube {

// The API server's warnings (deprecated APIs, fields it dropped, policy
// audits) arrive as response headers, `Warning: 299 - "text"` (RFC 7234
// warn-code, agent, quoted text). kubectl prints them; so does Kaji.
namespace WarningHeader {

// The text of one raw header line when it is a Warning (name matched
// without regard to case, as HTTP/2 sends it in lower case); nothing for
// any other header, and nothing for a warning whose text is empty.
std::optional<QString> text(const QByteArray &headerLine);

} // namespace WarningHeader
} // namespace Kaji::Kube
