#include "eksregions.h"

namespace Kaji::Models {

QStringList eksRegions()
{
    return {
        QStringLiteral("us-east-1"),
        QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"),
        QStringLiteral("us-west-2"),
        QStringLiteral("af-south-1"),
        QStringLiteral("ap-east-1"),
        QStringLiteral("ap-south-1"),
        QStringLiteral("ap-south-2"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"),
        QStringLiteral("ap-southeast-4"),
        QStringLiteral("ap-southeast-5"),
        QStringLiteral("ap-southeast-7"),
        QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-northeast-3"),
        QStringLiteral("ca-central-1"),
        QStringLiteral("ca-west-1"),
        QStringLiteral("eu-central-1"),
        QStringLiteral("eu-central-2"),
        QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"),
        QStringLiteral("eu-south-1"),
        QStringLiteral("eu-south-2"),
        QStringLiteral("eu-north-1"),
        QStringLiteral("il-central-1"),
        QStringLiteral("mx-central-1"),
        QStringLiteral("me-south-1"),
        QStringLiteral("me-central-1"),
        QStringLiteral("sa-east-1"),
    };
}

} // namespace Kaji::Models
