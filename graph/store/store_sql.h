// The store's database handle, for the layers that own SQL over its schema: graph/ (loading the
// Boost model) and graph/query/. Exporters, the ingester and the CLI go through Store and the
// query layer's functions instead (.ci/check-includes keeps it so).
#pragma once

#include "graph/store/sqlite.h"
#include "graph/store/store.h"

namespace kg {

sql::Database& store_database(Store& store);

}  // namespace kg
