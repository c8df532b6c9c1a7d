#include "reviewdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Kaji::Ui {

ReviewDialog::ReviewDialog(const QString &diff, QWidget *parent, Purpose purpose, bool canTake)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    const bool dryRun = purpose == Purpose::DryRun;
    setWindowTitle(dryRun ? tr("Review changes") : tr("Changed on the server"));
    setObjectName(QStringLiteral("reviewDialog"));
    QString introText;
    if (dryRun)
        introText = diff.isEmpty() ? tr("The server says saving would change nothing.")
                                   : tr("The object on the server (−) and as saving would leave it (+):");
    else
        introText = tr("The object as you opened it (−) and as it is on the server now (+):");
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(diff);
    QList<QTextEdit::ExtraSelection> marks;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QColor colour;
        if (text.startsWith(u'+') && !text.startsWith(QLatin1String("+++")))
            colour = QColor::fromRgb(dark ? 0x1f4d2bu : 0xdcf5e0u);
        else if (text.startsWith(u'-') && !text.startsWith(QLatin1String("---")))
            colour = QColor::fromRgb(dark ? 0x5c2526u : 0xfbe0e0u);
        else if (text.startsWith(QLatin1String("@@")))
            colour = palette().color(QPalette::AlternateBase);
        if (!colour.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_view->setExtraSelections(marks);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(dryRun ? tr("Save") : tr("Take the update"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("reviewSave"));
    save->setEnabled(dryRun ? !diff.isEmpty() : canTake);
    if (!dryRun && !canTake)
        save->setToolTip(tr("You have edits: they are kept, and saving applies them on top of this version."));
    buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(860, 600);
}

} // namespace Kaji::Ui
