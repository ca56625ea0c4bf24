# The school's page. `baocao form` without a page beside the program says so
# (exit 2), in every tree. The browser tests (page_tests.js, the system
# Chromium) run only where the page was built, which is never the sanitizer
# or the Windows tree, and where .ci/install-deps put playwright-core (and,
# for web_firefox, firefox-esr and puppeteer-core).
add_test(NAME form_without_page
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/form_without_page.sh $<TARGET_FILE:baocao> ${CMAKE_CURRENT_SOURCE_DIR})
if(BAOCAO_PAGE_BUILT)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/node_modules/playwright-core)
    add_test(NAME web_page
      COMMAND node ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/page_tests.js $<TARGET_FILE:baocao>
              ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/web-tests)
    set_tests_properties(web_page PROPERTIES TIMEOUT 1200)
  else()
    message(STATUS "The page's browser tests need playwright-core: bash .ci/install-deps")
  endif()
  # The same page in Firefox ESR over WebDriver BiDi (firefox_smoke.js), where
  # .ci/install-deps put firefox-esr and puppeteer-core.
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/node_modules/puppeteer-core AND EXISTS /usr/bin/firefox-esr)
    add_test(NAME web_firefox
      COMMAND node ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/firefox_smoke.js $<TARGET_FILE:baocao>
              ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/web-firefox)
    set_tests_properties(web_firefox PROPERTIES TIMEOUT 300)
  else()
    message(STATUS "The page's Firefox test needs firefox-esr and puppeteer-core: bash .ci/install-deps")
  endif()
endif()
add_test(NAME web_chrome109 COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/web/chrome109.sh ${CMAKE_CURRENT_SOURCE_DIR})
