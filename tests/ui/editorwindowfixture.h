#pragma once

// Opening an object in the editor window like a user (the details' Edit
// button), typing into it, and answering its modal dialogs.

#include "actionbar.h"
#include "application.h"
#include "clusterconnection.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "edit/editorwindow.h"
#include "editcontroller.h"
#include "editor/manifesteditor.h"
#include "guifixture.h"
#include "mainwindow.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace KajiGuiTest {

// `resourceId` as the kind tree names it ("deployments.apps", "secrets").
inline Kaji::Ui::EditorWindow *openEditor(Kaji::App::Application &app, const QString &draftDirectory,
    const QString &resourceId, const QString &namespaceName, const QString &name)
{
    using namespace Kaji;
    app.edits()->setDraftDirectory(draftDirectory);
    Ui::MainWindow *window = app.mainWindow();
    window->selectContext(QStringLiteral("kaji-admin"));
    if (!QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000))
        return nullptr;
    QSignalSpy opened(app.edits(), &App::EditController::windowOpened);
    // The details' Edit button, once the permission check allowed it.
    app.details()->show(resourceId, namespaceName + u'/' + name);
    Ui::ActionBar *bar = window->detailsPanel()->actionBar();
    using Action = Models::ObjectActions::Action;
    if (!QTest::qWaitFor([&] { return bar->button(Action::Edit) && bar->button(Action::Edit)->isEnabled(); }, 20000))
        return nullptr;
    QTest::mouseClick(bar->button(Action::Edit), Qt::LeftButton);
    if (!opened.wait(20000))
        return nullptr;
    return opened.first().first().value<Ui::EditorWindow *>();
}

// Replaces the first `from` in the editor as typing would (undoable).
inline bool replaceText(Kaji::Ui::ManifestEditor *editor, const QString &from, const QString &to)
{
    QTextCursor found = editor->document()->find(from);
    if (found.isNull())
        return false;
    found.insertText(to);
    return true;
}

// Accepts or rejects the next modal dialog of type T once it shows,
// screenshotting it first.
template<typename T>
void answerDialog(bool accept, const QString &shot, std::function<void(T *)> look = {})
{
    auto *timer = new QTimer;
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, [timer, accept, shot, look] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (look)
            look(dialog);
        if (!shot.isEmpty())
            screenshot(dialog, shot);
        accept ? dialog->accept() : dialog->reject();
    });
    timer->start();
}

} // namespace KajiGuiTest
