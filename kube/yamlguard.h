#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Kube {

// Checks YAML text from outside (kubeconfigs) before yaml-cpp builds a tree
// of it, so a hostile file costs bounded time and memory: yaml-cpp itself
// accepts invalid UTF-8, keeps every node (hundreds of bytes each) and lets
// a reader walk an alias bomb's billion leaves.
namespace YamlGuard {

// Larger files are refused unread (the loader checks the size first).
constexpr qint64 MaxBytes = 64 * 1024 * 1024;
// Nodes as written, and nodes as a reader would see them with every alias
// expanded. A kubeconfig with 10,000 contexts has about 250,000; yaml-cpp
// needs about 5 s and 250 MB for 500,000 (measured by tst_hostilekubeconfig).
constexpr qint64 MaxNodes = 500000;
constexpr qint64 MaxExpandedNodes = 500000;

// Why the text must not be parsed (translated, in the "Kaji::Kube::KubeConfig"
// context), or nullopt when it may be. Syntax errors are left to the parser,
// which names their line.
std::optional<QString> check(const QByteArray &yaml);

// The byte offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace YamlGuard
} // namespace Kaji::Kube
