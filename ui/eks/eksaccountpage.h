#pragma once

#include "eks/awsprofiles.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

// GUI thread.
namespace Kaji::Ui {

// The wizard's first page: which AWS profile the aws CLI runs with and in
// which region it looks. Profiles come from ~/.aws/config and
// ~/.aws/credentials (names and regions only); choosing one fills in its
// region.
class EksAccountPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EksAccountPage(QWidget *parent = nullptr);

    // Empty when the user has no profiles (the CLI's default credentials).
    QString profile() const;
    QString region() const;

    bool isComplete() const override;

private:
    void profileChosen(int index);

    QList<Models::AwsProfile> m_profiles;
    QComboBox *m_profile;
    QComboBox *m_region;
    QLabel *m_note;
};

} // namespace Kaji::Ui
