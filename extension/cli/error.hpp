// The clio command's error: a message for one line on stderr (main() prints it, exit status 1).
#pragma once

#include <stdexcept>

namespace clio::cli {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace clio::cli
