#include "net/logging.h"

namespace odt::net {
Q_LOGGING_CATEGORY(lcNet, "odt.net", QtInfoMsg)
}
