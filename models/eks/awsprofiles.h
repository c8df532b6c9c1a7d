#pragma once

#include <QList>
#include <QString>

// Any thread: plain file reads, no shared state.
namespace Kaji::Models {

struct AwsProfile {
    QString name;
    QString region; // from the config file; empty when it sets none
    friend bool operator==(const AwsProfile &, const AwsProfile &) = default;
};

// The profile names the aws CLI knows, for the "Add an EKS cluster" wizard.
// Both files hold access keys: they are read line by line and only section
// headers and `region` lines are kept, so no secret stays in memory.
class AwsProfiles {
public:
    // AWS_CONFIG_FILE, else ~/.aws/config.
    static QString configPath();
    // AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.
    static QString credentialsPath();

    // `default` first when present, then the config file's profiles in file
    // order, then those only in the credentials file. Missing or unreadable
    // files give no profiles.
    static QList<AwsProfile> read();
    static QList<AwsProfile> read(const QString &configFile, const QString &credentialsFile);
};

} // namespace Kaji::Models
