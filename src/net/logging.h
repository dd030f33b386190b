#pragma once

#include <QLoggingCategory>

namespace odt::net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
}
