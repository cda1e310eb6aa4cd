// Feature dump for fit_boilerplate.py: reads a page (UTF-8 text) on standard input and writes one
// row per non-blank line, in order: the stage-1 inputs of the line model (line_model.hpp), tab
// separated, or "-" for a line the model does not read (too long). The first row names the
// inputs. So the generator fits on exactly the features that classify_lines computes.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "passages/boilerplate.hpp"

int main(int argc, char** argv) {
  using namespace clio::passages;
  const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::vector<detail::ModelLine> model;
  const std::vector<LineLabel> labels = classify_lines(text, &model);
  if (argc > 1 && std::string(argv[1]) == "--explain") {
    // For a person reading the model's decisions: probability, the rules' verdict, the final
    // kind, the line.
    const std::vector<float> p = detail::chrome_probabilities(model);
    for (std::size_t k = 0; k < labels.size(); ++k)
      std::printf("%.2f\t%s\t%s\t%.*s\n", p[k], model[k].rule_chrome ? "rule:B" : model[k].rule_heading ? "rule:H" : "rule:T",
                  std::string(kind_name(labels[k].kind)).c_str(), static_cast<int>(labels[k].line.end - labels[k].line.begin),
                  text.data() + labels[k].line.begin);
    return 0;
  }
  const char* const* names = detail::stage1_input_names();
  for (std::size_t i = 0; i < detail::kStage1Inputs; ++i) std::printf("%s%s", i ? "\t" : "", names[i]);
  std::printf("\n");
  float x[detail::kStage1Inputs];
  for (std::size_t k = 0; k < model.size(); ++k) {
    if (!model[k].shape.model) {
      std::printf("-\n");
      continue;
    }
    detail::stage1_inputs(model, k, x);
    for (std::size_t i = 0; i < detail::kStage1Inputs; ++i) std::printf("%s%g", i ? "\t" : "", x[i]);
    std::printf("\n");
  }
  return 0;
}
