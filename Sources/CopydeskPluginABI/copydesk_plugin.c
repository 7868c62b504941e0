#include "copydesk_plugin.h"
