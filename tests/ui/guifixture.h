#pragma once

// Shared by the GUI tests that run against the local cluster: its
// kubeconfig, kubectl as the admin, and screenshots for people to look at.

#include "detailspanel.h"
#include "mainwindow.h"
#include "podspane.h"
#include "tablefilterproxy.h"
#include "../namespaceready.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QDir>
#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace KajiGuiTest {

inline QString kubeconfig()
{
    return qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
}

// The app as the tests drive it: the cluster's kubeconfig, fresh settings.
// False when scripts/test.sh did not start a cluster.
inline bool prepareApp()
{
    if (kubeconfig().isEmpty())
        return false;
    QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
    QCoreApplication::setApplicationName(QStringLiteral("Kaji"));
    qputenv("KUBECONFIG", kubeconfig().toLocal8Bit());
    QSettings().clear();
    return true;
}

// kubectl as kaji-admin; returns its standard output.
inline QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), kubeconfig(),
                                                         QStringLiteral("--context"), QStringLiteral("kaji-admin")}
                                                 + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitCode() == 0 && KajiTestNamespaces::isCreateNamespace(arguments))
        KajiTestNamespaces::waitForDefaultServiceAccount(
            {QStringLiteral("--kubeconfig"), kubeconfig(), QStringLiteral("--context"), QStringLiteral("kaji-admin")}, arguments.at(2));
    return process.readAllStandardOutput();
}

// Saves a grab under KAJI_SCREENSHOT_DIR (the build tree's screenshots/).
inline bool screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    QTest::qWait(300);
    return window->grab().save(QDir(dir).filePath(name));
}

// Clicks the sidebar entry of a kind ("deployments.apps") like a user,
// once discovery has filled the tree; false if it is not listed.
inline bool clickKind(QAbstractItemView *tree, const QString &resourceId)
{
    if (!QTest::qWaitFor([&] { return tree->model()->rowCount() > 0; }, 20000))
        return false;
    for (int g = 0; g < tree->model()->rowCount(); ++g) {
        const QModelIndex group = tree->model()->index(g, 0);
        for (int k = 0; k < tree->model()->rowCount(group); ++k) {
            const QModelIndex kind = tree->model()->index(k, 0, group);
            if (kind.data(Qt::UserRole + 20).toString() != resourceId)
                continue;
            tree->scrollTo(kind);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(kind).center());
            return true;
        }
    }
    return false;
}

// Brings `widget` on screen as a user would: the tab that holds it chosen
// (a context opens on its Overview, not on the tables).
inline void reveal(QWidget *widget)
{
    for (QWidget *child = widget, *parent = widget->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(parent)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
            }
        } else if (auto *stack = qobject_cast<QStackedWidget *>(parent);
                   stack && !qobject_cast<QTabWidget *>(stack->parentWidget())) {
            stack->setCurrentWidget(child);
        }
    }
}

// Clicks the row whose KeyRole ("namespace/name") is `key` like a user,
// once the table lists it; false if it does not within 20 s.
inline bool clickRow(QAbstractItemView *view, const QString &key)
{
    constexpr int keyRole = Qt::UserRole + 2; // Models::KeyRole
    const auto find = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 1);
            if (index.data(keyRole).toString() == key)
                return index;
        }
        return QModelIndex();
    };
    if (!QTest::qWaitFor([&] { return find().isValid(); }, 20000))
        return false;
    reveal(view);
    const QModelIndex index = find();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return true;
}

// The details panel's header ("Pod shop/orders-api-…").
inline QString detailsHeader(Kaji::Ui::MainWindow *window)
{
    return window->detailsPanel()->findChild<QLabel *>(QStringLiteral("detailsHeader"))->text();
}

// The key of the first pod listed whose key starts with `prefix`, once
// the Pods table lists one (within 30 s); empty otherwise.
inline QString firstPodKey(Kaji::Ui::MainWindow *window, const QString &prefix)
{
    constexpr int keyRole = Qt::UserRole + 2; // Models::KeyRole
    QString key;
    (void)QTest::qWaitFor([&] {
        const QAbstractItemModel *rows = window->podsPane()->proxy();
        for (int row = 0; row < rows->rowCount() && key.isEmpty(); ++row) {
            const QString k = rows->index(row, 0).data(keyRole).toString();
            if (k.startsWith(prefix))
                key = k;
        }
        return !key.isEmpty();
    }, 30000);
    return key;
}

} // namespace KajiGuiTest
