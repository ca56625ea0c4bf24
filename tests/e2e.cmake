# End-to-end tests: the built binary on real files under tests/.
set(E2E ${CMAKE_CURRENT_SOURCE_DIR}/tests)
add_test(NAME e2e_cases COMMAND bash ${E2E}/run_cases.sh $<TARGET_FILE:baocao> ${E2E})
