#include "kubeconfigimportdialog.h"

#include "edit/bannertone.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QLabel *wrappingLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QRadioButton *radio(QWidget *parent, const char *name)
{
    auto *button = new QRadioButton(parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

KubeconfigImportDialog::KubeconfigImportDialog(KubeconfigImporter *importer, KubeconfigImportMode mode, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_intro(wrappingLabel(this, "importIntro"))
    , m_fromFile(radio(this, "importFromFile"))
    , m_fromPaste(radio(this, "importFromPaste"))
    , m_filePage(new QWidget(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_text(new QPlainTextEdit(this))
    , m_foundLabel(new QLabel(this))
    , m_contexts(new QListWidget(this))
    , m_conflicts(wrappingLabel(this, "importConflicts"))
    , m_problem(wrappingLabel(this, "importProblem"))
    , m_destinationLabel(new QLabel(this))
    , m_merge(radio(this, "importMerge"))
    , m_separate(radio(this, "importSeparate"))
    , m_conflictLabel(new QLabel(this))
    , m_skip(radio(this, "importSkip"))
    , m_rename(radio(this, "importRename"))
    , m_suffix(new QLineEdit(QStringLiteral("-imported"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("kubeconfigImportDialog"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_text->setObjectName(QStringLiteral("importText"));
    m_contexts->setObjectName(QStringLiteral("importContexts"));
    m_suffix->setObjectName(QStringLiteral("importSuffix"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_contexts->setMinimumHeight(60);
    m_contexts->setSelectionMode(QAbstractItemView::NoSelection);

    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_fromFile);
    sourceGroup->addButton(m_fromPaste);
    auto *destinationGroup = new QButtonGroup(this);
    destinationGroup->addButton(m_merge);
    destinationGroup->addButton(m_separate);
    auto *conflictGroup = new QButtonGroup(this);
    conflictGroup->addButton(m_skip);
    conflictGroup->addButton(m_rename);
    m_merge->setChecked(true);
    m_skip->setChecked(true);

    auto *fileRow = new QHBoxLayout(m_filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_fromFile);
    sourceRow->addWidget(m_fromPaste);
    sourceRow->addStretch(1);
    auto *renameRow = new QHBoxLayout;
    renameRow->addWidget(m_rename);
    renameRow->addWidget(m_suffix);
    renameRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(sourceRow);
    layout->addWidget(m_filePage);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_problem);
    layout->addWidget(m_foundLabel);
    layout->addWidget(m_contexts, 1);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_destinationLabel);
    layout->addWidget(m_merge);
    layout->addWidget(m_separate);
    layout->addWidget(m_conflictLabel);
    layout->addWidget(m_skip);
    layout->addLayout(renameRow);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &KubeconfigImportDialog::refreshPreview);
    connect(m_path, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_fromFile, &QRadioButton::toggled, this, [this](bool file) {
        m_filePage->setVisible(file);
        m_text->setVisible(!file);
        refreshPreview();
    });
    connect(m_browse, &QPushButton::clicked, this, &KubeconfigImportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KubeconfigImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A button of its own: the box would put back a standard button's text
    // ("OK") on a language change.
    m_importButton->setObjectName(QStringLiteral("importButton"));
    retranslate();
    setMode(mode);
    refreshPreview();
    resize(640, 620);
}

void KubeconfigImportDialog::setMode(KubeconfigImportMode mode)
{
    (mode == KubeconfigImportMode::File ? m_fromFile : m_fromPaste)->setChecked(true);
    m_filePage->setVisible(mode == KubeconfigImportMode::File);
    m_text->setVisible(mode == KubeconfigImportMode::Paste);
}

KubeconfigImportMode KubeconfigImportDialog::mode() const
{
    return m_fromFile->isChecked() ? KubeconfigImportMode::File : KubeconfigImportMode::Paste;
}

void KubeconfigImportDialog::setFilePath(const QString &path)
{
    setMode(KubeconfigImportMode::File);
    m_path->setText(path);
    refreshPreview();
}

void KubeconfigImportDialog::setPastedText(const QString &text)
{
    setMode(KubeconfigImportMode::Paste);
    m_text->setPlainText(text);
    refreshPreview();
}

void KubeconfigImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig"), m_path->text());
    if (!path.isEmpty())
        setFilePath(path);
}

QByteArray KubeconfigImportDialog::input(QString *sourcePath, QString *error) const
{
    if (mode() == KubeconfigImportMode::Paste)
        return m_text->toPlainText().toUtf8();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    *sourcePath = path;
    return file.readAll();
}

void KubeconfigImportDialog::refreshPreview()
{
    m_previewTimer.stop();
    QString sourcePath, error;
    const QByteArray text = input(&sourcePath, &error);
    if (!error.isEmpty()) {
        m_preview = KubeconfigImportPreview();
        m_preview.error = error;
    } else if (text.trimmed().isEmpty()) {
        m_preview = KubeconfigImportPreview();
    } else {
        m_preview = m_importer->preview(text, sourcePath);
    }
    showPreview();
}

void KubeconfigImportDialog::showPreview()
{
    const KubeconfigImportPreview &p = m_preview;
    m_contexts->clear();
    for (const QString &name : p.contexts) {
        auto *item = new QListWidgetItem(name, m_contexts);
        if (p.contextConflicts.contains(name))
            item->setText(tr("%1 (name already in use)").arg(name));
    }
    const bool empty = p.contexts.isEmpty() && p.clusters.isEmpty() && p.users.isEmpty();
    m_foundLabel->setText(empty ? tr("Choose a file or paste a kubeconfig to see its contexts.")
                                : tr("Contexts found: %1 (clusters: %2, users: %3)")
                                      .arg(p.contexts.size())
                                      .arg(p.clusters.size())
                                      .arg(p.users.size()));
    QStringList clashes;
    if (!p.contextConflicts.isEmpty())
        clashes << tr("contexts: %1").arg(p.contextConflicts.join(QStringLiteral(", ")));
    if (!p.clusterConflicts.isEmpty())
        clashes << tr("clusters: %1").arg(p.clusterConflicts.join(QStringLiteral(", ")));
    if (!p.userConflicts.isEmpty())
        clashes << tr("users: %1").arg(p.userConflicts.join(QStringLiteral(", ")));
    m_conflicts->setVisible(!clashes.isEmpty());
    m_conflicts->setText(tr("These names are already in your kubeconfig and are never overwritten: %1.")
                             .arg(clashes.join(QStringLiteral("; "))));
    if (!p.error.isEmpty())
        showBanner(m_problem, BannerTone::Error, p.error);
    else if (!p.unresolvedPaths.isEmpty())
        showBanner(m_problem, BannerTone::Warning,
            tr("Pasted text has no folder, so these relative paths are kept as written and may not be found: %1")
                .arg(p.unresolvedPaths.join(QStringLiteral(", "))));
    else
        showBanner(m_problem, BannerTone::Info, QString());
    const bool clash = !clashes.isEmpty();
    m_conflictLabel->setEnabled(clash);
    m_skip->setEnabled(clash);
    m_rename->setEnabled(clash);
    m_suffix->setEnabled(clash);
    m_merge->setText(p.mergeTarget.isEmpty() ? tr("Merge into my kubeconfig")
                                             : tr("Merge into my kubeconfig (%1)").arg(p.mergeTarget));
    m_importButton->setEnabled(p.error.isEmpty() && !empty);
}

void KubeconfigImportDialog::runImport()
{
    QString sourcePath, error;
    const QByteArray text = input(&sourcePath, &error);
    KubeconfigImportOutcome outcome;
    if (error.isEmpty())
        outcome = m_importer->import(
            text, sourcePath, m_separate->isChecked(), m_rename->isChecked(), m_suffix->text().trimmed());
    else
        outcome.error = error;
    if (!outcome.error.isEmpty()) {
        showBanner(m_problem, BannerTone::Error, outcome.error);
        return;
    }
    Q_EMIT imported(outcome.summary);
    accept();
}

void KubeconfigImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KubeconfigImportDialog::retranslate()
{
    setWindowTitle(tr("Import kubeconfig"));
    m_intro->setText(tr("Add the clusters, users and contexts of another kubeconfig, for example one a cloud "
                        "console or a colleague gave you."));
    m_fromFile->setText(tr("From a file"));
    m_fromPaste->setText(tr("Pasted text"));
    m_browse->setText(tr("Browse…"));
    m_path->setPlaceholderText(tr("Path to a kubeconfig file"));
    m_text->setPlaceholderText(tr("Paste a kubeconfig here (YAML or JSON)"));
    m_destinationLabel->setText(tr("Where to put it:"));
    m_separate->setText(
        tr("Keep it as a separate file that Kaji reads after your kubeconfig (kubectl does not see it)"));
    m_conflictLabel->setText(tr("Entries whose names are already in use:"));
    m_skip->setText(tr("Skip them (keep the ones you have)"));
    m_rename->setText(tr("Import them renamed with the suffix"));
    m_importButton->setText(tr("Import"));
    showPreview();
}

} // namespace Kaji::Ui
