#include "eksaccountpage.h"

#include "eks/eksregions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Kaji::Ui {

EksAccountPage::EksAccountPage(QWidget *parent)
    : QWizardPage(parent)
    , m_profiles(Models::AwsProfiles::read())
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setTitle(tr("AWS account"));
    // In the page, not the wizard's subtitle: the header does not grow
    // for a subtitle that wraps to more lines in Japanese.
    auto *intro
        = new QLabel(tr("Kaji runs the aws CLI with one of your profiles, as \"aws eks update-kubeconfig\" would "
                        "in a terminal. Your access keys stay in the aws CLI's files."),
            this);
    intro->setWordWrap(true);

    m_profile->setObjectName(QStringLiteral("eksProfile"));
    for (const Models::AwsProfile &profile : std::as_const(m_profiles))
        m_profile->addItem(profile.name, profile.name);
    if (m_profiles.isEmpty())
        m_profile->addItem(tr("(no profile: the aws CLI's default credentials)"), QString());

    m_region->setObjectName(QStringLiteral("eksRegion"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItems(Models::eksRegions());
    m_region->setCurrentIndex(-1);
    m_region->lineEdit()->setPlaceholderText(tr("for example ap-northeast-1"));

    m_note->setObjectName(QStringLiteral("eksAccountNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_profiles.isEmpty()) {
        m_note->setText(tr("No profiles were found in %1 or %2. Run \"aws configure\" (or \"aws configure sso\") "
                           "in a terminal to add one, then open this wizard again; or continue with the "
                           "credentials the aws CLI finds in your environment.")
                            .arg(Models::AwsProfiles::configPath(), Models::AwsProfiles::credentialsPath()));
    } else {
        m_note->setText(tr("Profiles from %1 and %2.")
                            .arg(Models::AwsProfiles::configPath(), Models::AwsProfiles::credentialsPath()));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();

    connect(m_profile, &QComboBox::currentIndexChanged, this, &EksAccountPage::profileChosen);
    connect(m_region, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    profileChosen(m_profile->currentIndex());
}

QString EksAccountPage::profile() const
{
    return m_profile->currentData().toString();
}

QString EksAccountPage::region() const
{
    return m_region->currentText().trimmed();
}

bool EksAccountPage::isComplete() const
{
    return !region().isEmpty();
}

void EksAccountPage::profileChosen(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const QString region = m_profiles[index].region;
    // A profile without a region keeps what the user chose before.
    if (!region.isEmpty())
        m_region->setCurrentText(region);
}

} // namespace Kaji::Ui
