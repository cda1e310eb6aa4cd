# Only for testing cmake/install.cmake before the top-level CMakeLists.txt includes it:
#   cmake -S . -B build-x -DCMAKE_PROJECT_clio_INCLUDE=$PWD/cmake/defer-install-hook.cmake
# runs after project(clio) and defers the include to the end of the top-level file, when every
# target exists. Harmless once CMakeLists.txt includes install.cmake itself (include_guard).
set(clio_install_rules "${CMAKE_CURRENT_LIST_DIR}/install.cmake")
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL include "${clio_install_rules}")
