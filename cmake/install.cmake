# Install rules for clio: included once from the top-level CMakeLists.txt, after all targets exist.
#
#   cmake --install build --prefix P    puts in place
#     P/lib/clio.so                        the loadable module (sqlite3 shell: .load P/lib/clio)
#     P/lib/libclio_static.a               the SQLite glue built with SQLITE_CORE, for embedding
#     P/lib/libclio_{text,dates,names,passages}.a   the pure C++ core it needs
#     P/include/clio.h                     sqlite3_clio_init() for sqlite3_auto_extension
#     P/include/clio/<domain>/*.hpp        the core's headers (#include "dates/calendar.hpp")
#     P/lib/cmake/clio/                    find_package(clio) -> imported target clio::clio_static
#                                          (and clio::clio_core for the core alone)
#     P/lib/pkgconfig/clio.pc              pkg-config --cflags --libs clio
#
# The static libraries link ICU (icu-uc, icu-i18n), found again by the package's config file and
# named in clio.pc's Requires. fmt is used header-only and privately: consumers never need it.
# The application brings its own SQLite (the static glue calls the SQLite it is linked with).
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CLIO_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/clio)
set(clio_source_root ${CMAKE_CURRENT_LIST_DIR}/..)

install(TARGETS clio
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT module)

# Every target in clio_static's link interface must be exported with it.
install(TARGETS clio_static clio_core clio_text clio_dates clio_names clio_passages
  EXPORT clioTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(FILES ${clio_source_root}/extension/sqlite/include/clio.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
# The core's headers keep their domain folders, matching the include style inside clio.
install(DIRECTORY ${clio_source_root}/extension/core/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/clio COMPONENT development
  FILES_MATCHING PATTERN "*.hpp")

install(EXPORT clioTargets
  NAMESPACE clio::
  DESTINATION ${CLIO_INSTALL_CMAKEDIR} COMPONENT development)

configure_package_config_file(${clio_source_root}/cmake/clioConfig.cmake.in
  ${CMAKE_BINARY_DIR}/cmake/clioConfig.cmake
  INSTALL_DESTINATION ${CLIO_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
# 0.x: a minor release may change the API, so only the same minor version is compatible.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/cmake/clioConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/cmake/clioConfig.cmake ${CMAKE_BINARY_DIR}/cmake/clioConfigVersion.cmake
  DESTINATION ${CLIO_INSTALL_CMAKEDIR} COMPONENT development)

# clio.pc finds its prefix from its own location (${pcfiledir}), so `--prefix P` at install time
# and moving the tree afterwards both work.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(CLIO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH clio_pc_up "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
  set(CLIO_PC_PREFIX "\${pcfiledir}/${clio_pc_up}")
endif()
# A C program linking the C++ static libraries needs the C++ runtime named explicitly.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND CMAKE_CXX_FLAGS MATCHES "-stdlib=libc\\+\\+")
  set(CLIO_PC_CXX_RUNTIME "-lc++")
else()
  set(CLIO_PC_CXX_RUNTIME "-lstdc++")
endif()
configure_file(${clio_source_root}/cmake/clio.pc.in ${CMAKE_BINARY_DIR}/cmake/clio.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/cmake/clio.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT development)
