#include "execframes.h"

#include "jsonfields.h"

#include <nlohmann/json.hpp>

namespace Kaji::Kube::ExecFrames {

QByteArray frame(quint8 channel, QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 1);
    out.append(char(channel));
    out.append(data.data(), data.size());
    return out;
}

QByteArray resizeFrame(int columns, int rows)
{
    // The server reads uint16 fields; anything outside would be refused.
    const int width = qBound(0, columns, 0xffff);
    const int height = qBound(0, rows, 0xffff);
    return frame(Resize, QByteArray("{\"Width\":") + QByteArray::number(width) + ",\"Height\":"
                             + QByteArray::number(height) + "}");
}

QByteArray closeFrame(quint8 channel)
{
    const char data[2] = {char(Close), char(channel)};
    return QByteArray(data, 2);
}

Status parseStatus(QByteArrayView json)
{
    Status status;
    const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!doc.is_object())
        return status;
    const QString state = jsonText(doc, "status");
    status.reason = jsonText(doc, "reason");
    status.message = jsonText(doc, "message");
    if (state == QLatin1String("Success")) {
        status.outcome = Status::Outcome::Success;
        status.exitCode = 0;
        return status;
    }
    if (state != QLatin1String("Failure"))
        return status;
    status.outcome = Status::Outcome::Failure;
    if (status.reason != QLatin1String("NonZeroExitCode"))
        return status;
    const nlohmann::json &causes = jsonChild(jsonChild(doc, "details"), "causes");
    if (!causes.is_array())
        return status;
    for (const nlohmann::json &cause : causes) {
        if (jsonText(cause, "reason") != QLatin1String("ExitCode"))
            continue;
        bool ok = false;
        const int code = jsonText(cause, "message").toInt(&ok);
        if (ok) {
            status.outcome = Status::Outcome::NonZeroExit;
            status.exitCode = code;
        }
        break;
    }
    return status;
}

void Decoder::feed(QByteArrayView piece)
{
    if (piece.isEmpty())
        return;
    if (m_atStart) {
        m_atStart = false;
        m_channel = quint8(piece.front());
        piece = piece.sliced(1);
        if (piece.isEmpty())
            return;
    }
    if (m_channel >= 0)
        m_sink(quint8(m_channel), piece);
}

} // namespace Kaji::Kube::ExecFrames
