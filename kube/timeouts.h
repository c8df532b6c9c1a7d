#pragma once

#include <QString>

// Any thread: read once, never changed after.
namespace Kaji::Kube {

// How long Kaji waits on a server before it calls a wait failed. A server
// that stalls (a paused process, a half-dead VPN) keeps its TCP connections
// open and sends nothing: without these bounds a request, a watch or a
// WebSocket handshake would wait forever.
//
// The defaults suit a slow link. KAJI_TIMEOUTS overrides any of them in
// milliseconds ("request=5000,quiet=4000"), for tests and soak runs that
// stall a server on purpose and cannot wait minutes for each bound.
struct Timeouts {
    int connectMs = 15000; // TCP, proxy and TLS until a connection is up
    int requestMs = 60000; // a whole request and its answer; also a WebSocket's upgrade
    // A watch or log follow without a byte for this long is checked on: the
    // server sends a watch a bookmark about every minute, a quiet log
    // nothing at all, so silence alone proves nothing.
    int quietMs = 90000;
    int probeMs = 10000; // that check's own deadline (a GET of /version)
    int readMs = 300000; // a diagnosis read, all its pages and logs together

    // The defaults with KAJI_TIMEOUTS applied (parsed on first use).
    static const Timeouts &current();
    // `spec` applied to the defaults; unknown keys and bad values are
    // ignored (a typo must not leave Kaji without a bound).
    static Timeouts parse(const QString &spec);

    // "the server did not answer within 5 s", for any such wait.
    static QString noAnswerWithin(int ms);
};

} // namespace Kaji::Kube
