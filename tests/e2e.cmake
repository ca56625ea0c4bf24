# End-to-end tests: the built binary on real files under tests/ and examples/.
set(E2E ${CMAKE_CURRENT_SOURCE_DIR}/tests)
set(BAOCAO_YAML_SUITE "${E2E}/yaml-test-suite"
    CACHE PATH "Folder of the public YAML test suite's cases (a copy is in tests/yaml-test-suite)")

add_test(NAME e2e_cases COMMAND bash ${E2E}/run_cases.sh $<TARGET_FILE:baocao> ${E2E})
add_test(NAME e2e_cli COMMAND bash ${E2E}/cli_checks.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_cli_docs COMMAND bash ${E2E}/cli_docs.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
add_test(NAME e2e_golden COMMAND bash ${E2E}/golden.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_plan_words COMMAND bash ${E2E}/plan_words.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_yaml_test_suite COMMAND bash ${E2E}/yaml_suite.sh $<TARGET_FILE:baocao> ${BAOCAO_YAML_SUITE})
add_test(NAME e2e_html COMMAND bash ${E2E}/html_check.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_office_formats COMMAND bash ${E2E}/office_formats.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(e2e_html e2e_office_formats PROPERTIES SKIP_RETURN_CODE 77)
set_tests_properties(e2e_html e2e_office_formats PROPERTIES TIMEOUT 300)
add_test(NAME fuzz_regressions COMMAND bash ${E2E}/fuzz/replay.sh $<TARGET_FILE:baocao>)
add_test(NAME e2e_report_schema COMMAND bash ${E2E}/report_schema.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_breakdown COMMAND bash ${E2E}/breakdown.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_compare COMMAND bash ${E2E}/compare.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_rollup COMMAND bash ${E2E}/rollup.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_rollup_property COMMAND bash ${E2E}/rollup_property.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_wrong_files COMMAND bash ${E2E}/wrong_files.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME e2e_several_offices COMMAND bash ${E2E}/several_offices.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
# How .ci/build-windows fetches Debian's source packages, against a stand-in apt-get.
add_test(NAME windows_fetch COMMAND bash ${E2E}/windows_fetch.sh ${CMAKE_CURRENT_SOURCE_DIR})
# say()'s texts are checked by the compiler: a mistake fails the build.
add_test(NAME say_checked COMMAND bash ${E2E}/say_check.sh ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CXX_COMPILER}
         ${CMAKE_CXX${CMAKE_CXX_STANDARD}_STANDARD_COMPILE_OPTION} -I${CMAKE_CURRENT_SOURCE_DIR}/src
         "-I$<JOIN:$<TARGET_PROPERTY:fmt::fmt,INTERFACE_INCLUDE_DIRECTORIES>,;-I>"
         "-D$<JOIN:$<TARGET_PROPERTY:fmt::fmt,INTERFACE_COMPILE_DEFINITIONS>,;-D>"
         COMMAND_EXPAND_LISTS)
