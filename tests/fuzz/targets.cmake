# The list of fuzz targets, shared by tests/fuzz/CMakeLists.txt (libFuzzer binaries fuzz_<name>),
# tests/fuzz/replay/CMakeLists.txt (replay drivers replay_<name>) and tests/fuzz/replay.sh.
# One line per target: the source is tests/fuzz/fuzz_<name>.cpp, the seeds tests/fuzz/seeds/<name>/,
# followed by the core libraries it links.
set(CLIO_FUZZ_TARGETS "")
macro(clio_fuzz_target name)
  list(APPEND CLIO_FUZZ_TARGETS ${name})
  set(CLIO_FUZZ_LIBS_${name} ${ARGN})
endmacro()
# More seed folders for a target (tests/fuzz/seeds/<folder>/), read by replay.sh and scripts/fuzz.
macro(clio_fuzz_seeds name)
  set(CLIO_FUZZ_SEEDS_${name} ${ARGN})
endmacro()

clio_fuzz_target(edtf clio_dates)
clio_fuzz_target(json clio_text)
clio_fuzz_target(utf8 clio_text)
clio_fuzz_target(words clio_text)
clio_fuzz_target(date_parser clio_dates)
clio_fuzz_seeds(date_parser dates)  # seeds/dates: the date engineer's inputs, same layout
clio_fuzz_target(date_options clio_dates)
clio_fuzz_target(segmenter clio_passages)
clio_fuzz_target(topics clio_passages)
clio_fuzz_target(names clio_names)          # written by the names engineer
clio_fuzz_target(name_distance clio_names)
clio_fuzz_target(passages clio_passages)
clio_fuzz_target(mentions clio_passages)  # mention tagging + TEI well-formedness and round trip
clio_fuzz_target(import clio_cli_readers clio_text)  # the clio command's file readers (CLIO_CLI)
