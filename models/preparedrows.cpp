#include "preparedrows.h"

#include <QThreadPool>

namespace Kaji::Models {

QThreadPool *resetPreparationPool()
{
    // At exit its destructor waits for a preparation under way (it reads
    // only the records it was handed).
    static QThreadPool pool;
    static const bool oneThread = (pool.setMaxThreadCount(1), true);
    Q_UNUSED(oneThread);
    return &pool;
}

} // namespace Kaji::Models
