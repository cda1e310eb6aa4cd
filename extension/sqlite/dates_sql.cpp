// Date functions: registered here as the date engine lands.
#include "sqlite/glue.hpp"

namespace clio::sql {

std::span<const FunctionSpec> date_functions() { return {}; }
std::span<const ModuleSpec> date_modules() { return {}; }

}  // namespace clio::sql
