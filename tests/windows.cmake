# Tests of the Windows build, run under wine (the toolchain's
# CMAKE_CROSSCOMPILING_EMULATOR): the unit tests, the validate cases, and the
# Windows checks (reports byte for byte as on Linux, Vietnamese file names,
# replacing a report, stdin, files dropped on the .exe).
set(E2E ${CMAKE_CURRENT_SOURCE_DIR}/tests)
set(BAOCAO_LINUX_BINARY "" CACHE FILEPATH
    "A Linux build of baocao from the same sources, that the .exe's validate output is compared with")
# The scripts call the .exe as a command, through wine.
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/baocao-wine CONTENT
"#!/bin/sh\nexec ${CMAKE_CROSSCOMPILING_EMULATOR} '$<TARGET_FILE:baocao>' \"$@\"\n"
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(WINE_BIN ${CMAKE_CURRENT_BINARY_DIR}/baocao-wine)
# The same program without its manifest, so in the machine's ANSI code page
# (1252 under wine, 1258 on a Vietnamese Windows older than 10 1903, which
# ignores the manifest's UTF-8): Vietnamese names must still work, as they
# are taken and passed on in UTF-16.
add_executable(baocao_no_manifest ${CLI_SOURCES})
target_link_libraries(baocao_no_manifest PRIVATE baocao_core CLI11::CLI11)
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/baocao-no-manifest-wine CONTENT
"#!/bin/sh\nexec ${CMAKE_CROSSCOMPILING_EMULATOR} '$<TARGET_FILE:baocao_no_manifest>' \"$@\"\n"
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
add_test(NAME e2e_cases COMMAND bash ${E2E}/run_cases.sh ${WINE_BIN} ${E2E})
add_test(NAME e2e_windows COMMAND bash ${E2E}/windows_checks.sh ${WINE_BIN} ${CMAKE_CURRENT_SOURCE_DIR}
  "${BAOCAO_LINUX_BINARY}" ${CMAKE_CURRENT_BINARY_DIR}/baocao-no-manifest-wine)
add_test(NAME windows_exe COMMAND bash ${E2E}/windows_exe.sh $<TARGET_FILE:baocao>)
if(BAOCAO_FORM_PAGE)
  add_test(NAME windows_form COMMAND bash ${E2E}/windows_form.sh ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:baocao>
    ${BAOCAO_FORM_PAGE} ${CMAKE_CURRENT_SOURCE_DIR} "${BAOCAO_LINUX_BINARY}")
endif()

# wine's Windows folders: made on first use (slow), kept for the next runs.
set(BAOCAO_WINEPREFIX ${CMAKE_CURRENT_BINARY_DIR}/wineprefix CACHE PATH "wine's prefix for the tests")
add_test(NAME wine_server COMMAND sh ${E2E}/wine_server.sh ${CMAKE_CROSSCOMPILING_EMULATOR})
set_tests_properties(wine_server PROPERTIES FIXTURES_SETUP wine)
set_tests_properties(unit e2e_cases e2e_windows PROPERTIES FIXTURES_REQUIRED wine TIMEOUT 600)
if(BAOCAO_FORM_PAGE)
  set_tests_properties(windows_form PROPERTIES FIXTURES_REQUIRED wine TIMEOUT 600
    ENVIRONMENT "LC_ALL=C.UTF-8;WINEDEBUG=-all;WINEPREFIX=${BAOCAO_WINEPREFIX}")
endif()
# wine reads Unix names and arguments in the locale's encoding: UTF-8 here.
# Its own chatter stays off the outputs the tests compare.
set_tests_properties(wine_server unit e2e_cases e2e_windows PROPERTIES
  ENVIRONMENT "LC_ALL=C.UTF-8;WINEDEBUG=-all;WINEPREFIX=${BAOCAO_WINEPREFIX}")
