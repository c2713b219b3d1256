#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcModel, "tessera.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "tessera.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tessera.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHost, "tessera.host", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "tessera.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "tessera.discovery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeadOffice, "tessera.headoffice", QtInfoMsg)
