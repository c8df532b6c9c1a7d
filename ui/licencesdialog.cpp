#include "licencesdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QPlainTextEdit *licenceView(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    // The texts are laid out for a fixed-width font (indented licence blocks).
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setPlainText(text);
    return view;
}

} // namespace

LicencesDialog::LicencesDialog(QWidget *parent) : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("licencesDialog"));
    m_tabs->addTab(licenceView(text(QStringLiteral("LICENSE")), QStringLiteral("kajiLicence"), m_tabs), QString());
    m_tabs->addTab(licenceView(text(QStringLiteral("THIRD-PARTY-NOTICES")), QStringLiteral("thirdPartyNotices"),
                               m_tabs),
                   QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 560);
    retranslate();
}

QString LicencesDialog::text(const QString &resourceName)
{
    QFile file(QStringLiteral(":/licences/") + resourceName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void LicencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LicencesDialog::retranslate()
{
    setWindowTitle(tr("Licences"));
    m_tabs->setTabText(0, tr("Kaji (Apache-2.0)"));
    m_tabs->setTabText(1, tr("Third-party software"));
}

} // namespace Kaji::Ui
