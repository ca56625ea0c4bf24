# The school's page (`baocao form`, web/): built with Debian's emscripten in
# a build of its own (web/CMakeLists.txt) into ${CMAKE_BINARY_DIR}/baocao-form.html,
# beside the program, which finds it there. The libraries come from
# BAOCAO_WEB_PREFIX, which .ci/build-web fills (.ci/install-deps runs it).
# Without emscripten or those libraries the program is built all the same,
# and `baocao form` says how to get the page. One page per build: the
# sanitizer, fuzz and Windows trees have none (the Windows zip takes this
# tree's, BAOCAO_FORM_PAGE).
set(web_cache /var/cache/baocao-web)
if(DEFINED ENV{BAOCAO_WEB_CACHE})
  set(web_cache $ENV{BAOCAO_WEB_CACHE})
endif()
set(BAOCAO_WEB_PREFIX ${web_cache}/prefix CACHE PATH
    "where .ci/build-web put yaml-cpp, fmt and utf8proc built for WebAssembly")
set(web_page_default ON)
if(BAOCAO_SANITIZE OR BAOCAO_FUZZ OR CMAKE_CROSSCOMPILING)
  set(web_page_default OFF)
endif()
option(BAOCAO_WEB_PAGE "Build the school's page (baocao form) with emscripten" ${web_page_default})
set(BAOCAO_PAGE_BUILT OFF)
if(BAOCAO_WEB_PAGE)
  find_program(BAOCAO_EMCMAKE emcmake)
  if(NOT BAOCAO_EMCMAKE)
    message(STATUS "The school's page is not built: no emscripten (bash .ci/build-web installs it)")
  elseif(NOT EXISTS ${BAOCAO_WEB_PREFIX}/lib/libyaml-cpp.a)
    message(STATUS "The school's page is not built: no libraries in ${BAOCAO_WEB_PREFIX} (bash .ci/build-web)")
  else()
    include(ExternalProject)
    cmake_host_system_information(RESULT web_jobs QUERY NUMBER_OF_LOGICAL_CORES)
    set(BAOCAO_FORM_PAGE ${CMAKE_BINARY_DIR}/baocao-form.html)
    # Debian's emscripten optimises (-Oz) with the system's node modules.
    set(web_env ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
    ExternalProject_Add(web_page
      SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/web
      BINARY_DIR ${CMAKE_BINARY_DIR}/web
      CONFIGURE_COMMAND ${web_env} ${BAOCAO_EMCMAKE} ${CMAKE_COMMAND} -S <SOURCE_DIR> -B <BINARY_DIR>
        -DCMAKE_BUILD_TYPE=MinSizeRel -DBAOCAO_WEB_PREFIX=${BAOCAO_WEB_PREFIX}
        -DBAOCAO_PAGE_OUT=${BAOCAO_FORM_PAGE} -DBAOCAO_VERSION=${PROJECT_VERSION}
        -DBAOCAO_MUSTACHE_INCLUDE=${MUSTACHE_INCLUDE_DIR}
      BUILD_COMMAND ${web_env} ${CMAKE_COMMAND} --build <BINARY_DIR> --parallel ${web_jobs}
      INSTALL_COMMAND ""
      BUILD_ALWAYS ON  # its own build knows which sources changed
      BUILD_BYPRODUCTS ${BAOCAO_FORM_PAGE})
    set(BAOCAO_PAGE_BUILT ON)
  endif()
endif()
