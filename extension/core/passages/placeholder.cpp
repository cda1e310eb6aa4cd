// The passages domain starts here; see passages/*.hpp.
namespace clio::passages {}
