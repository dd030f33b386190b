#include "wizard/statusicon.h"

namespace odt::wizard {

QIcon statusIcon(CheckStatus status)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(statusKey(status)));
}

} // namespace odt::wizard
