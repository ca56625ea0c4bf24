# What `cmake --install` puts where, and the packages CPack makes of it:
#   Linux:   cpack -G DEB  -> baocao_VERSION_amd64.deb (binary, man page,
#            bash completion, the example office under share/doc/baocao)
#   Windows: cpack -G ZIP  -> baocao-VERSION-windows-x64.zip (the .exe, the
#            example office, a short Vietnamese guide)
set(CPACK_PACKAGE_NAME baocao)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "kiểm tra và tổng hợp báo cáo của các trường (report compiler for education offices)")
set(CPACK_STRIP_FILES ON)  # debugging symbols stay in the build folder
set(CPACK_PACKAGE_CONTACT "baocao maintainers <maintainers@users.noreply.r-seed-65608365.example>")

if(WIN32)
  install(TARGETS baocao RUNTIME DESTINATION .)
  install(FILES packaging/windows/HUONG-DAN.txt DESTINATION .)
  install(DIRECTORY examples/ DESTINATION vi-du)
  # The school's page, built by the Linux tree (.ci/build-windows passes it).
  if(BAOCAO_FORM_PAGE)
    install(FILES ${BAOCAO_FORM_PAGE} DESTINATION .)
  endif()
  set(CPACK_GENERATOR ZIP)
  set(CPACK_PACKAGE_FILE_NAME baocao-${PROJECT_VERSION}-windows-x64)
else()
  include(GNUInstallDirs)
  install(TARGETS baocao RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # The manual page and the bash completion are written by the program from
  # its own command table, so they list exactly what it takes. Debian keeps
  # manual pages gzip-compressed; -n leaves the date out so the package is
  # the same for the same sources.
  set(man_page ${CMAKE_CURRENT_BINARY_DIR}/baocao.1)
  set(man_gz ${man_page}.gz)
  set(completion ${CMAKE_CURRENT_BINARY_DIR}/baocao.bash-completion)
  add_custom_command(OUTPUT ${man_page} ${man_gz}
    COMMAND baocao --generate-man ${CMAKE_CURRENT_SOURCE_DIR}/packaging/baocao.1.in > ${man_page}
    COMMAND gzip -9n -c ${man_page} > ${man_gz}
    DEPENDS baocao packaging/baocao.1.in COMMENT "Writing the manual page from the command table")
  add_custom_command(OUTPUT ${completion}
    COMMAND baocao --generate-bash-completion > ${completion}
    DEPENDS baocao COMMENT "Writing the bash completion from the command table")
  add_custom_target(command_docs ALL DEPENDS ${man_gz} ${completion})
  install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${completion}
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions RENAME baocao)
  install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
  install(DIRECTORY examples DESTINATION ${CMAKE_INSTALL_DOCDIR})
  # The school's page, where `baocao form` looks for it (../share/baocao).
  if(BAOCAO_FORM_PAGE)
    install(FILES ${BAOCAO_FORM_PAGE} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/baocao)
  endif()

  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends: from the libraries the binary links
  # The README promises Tab completion; PDF needs a browser to print it.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium")
  # CPack puts the summary above this and indents each line itself.
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Mỗi trường điền một tệp YAML; `baocao validate` chỉ ra từng lỗi bằng tiếng
Việt, `baocao compile` tổng hợp báo cáo của phòng ra Markdown, HTML, JSON,
Word (docx), PDF (in bằng Chromium) và Excel (xlsx).

Each school fills one YAML file; `baocao validate` points at every mistake
in Vietnamese, `baocao compile` writes the office's consolidated report as
Markdown, HTML, JSON, Word (docx), PDF (printed by Chromium) and Excel (xlsx).")
endif()
include(CPack)
