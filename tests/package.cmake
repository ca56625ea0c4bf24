# The Debian package: made with cpack, installed into a scratch root with
# dpkg, used on a copy of the example office, removed without a trace.
add_test(NAME package_deb COMMAND bash ${E2E}/package_check.sh ${CMAKE_BINARY_DIR} ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_VERSION})
set_tests_properties(package_deb PROPERTIES TIMEOUT 300)
