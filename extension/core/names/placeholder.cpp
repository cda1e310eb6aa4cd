// The names domain starts here; see names/*.hpp.
namespace clio::names {}
