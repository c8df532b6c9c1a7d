#pragma once

#include "kubeconfig.h"
#include "restconfig.h"

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <variant>

// Main thread of the headless process.
namespace Kaji::App {

// Small pieces every subcommand's parser shares.
namespace CliOptions {

// The value of option `name` at arguments[i], given as "NAME VALUE" (then
// `i` moves past the value) or "NAME=VALUE"; nullopt when arguments[i] is
// something else.
std::optional<QString> value(const QStringList &arguments, qsizetype &i, const QString &name);

// The user's kubeconfig files, merged; or, when one exists but cannot be
// read or parsed, why the command line stops there (kubectl exits 1 then
// too): "cannot load the kubeconfig file FILE: REASON".
std::variant<Kube::KubeConfig, QString> kubeConfig();

// The RestConfig of `context` (empty: the current context) from the
// kubeconfig files the user has, or why there is none.
std::variant<Kube::RestConfig, QString> restConfig(const QString &context);
// The same, with the reason for none written to `err` ("kaji: …").
std::optional<Kube::RestConfig> restConfigOrReport(const QString &context, QTextStream &err);

} // namespace CliOptions
} // namespace Kaji::App
