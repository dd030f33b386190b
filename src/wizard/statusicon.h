#pragma once

#include "core/checkresult.h"

#include <QIcon>

namespace odt::wizard {

QIcon statusIcon(CheckStatus status);

} // namespace odt::wizard
