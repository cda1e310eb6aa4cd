// The schema checks every command makes before it touches a database.
#pragma once

#include "database.hpp"

namespace clio::cli {

// Throws, naming `clio init`, unless the sources schema and the authority tables are there.
void require_schema(Database& db);
// FNV-1a, 64 bits, as 16 hex digits: the content hash of imported files and tagged texts.
std::string content_hash(std::string_view bytes);

}  // namespace clio::cli
