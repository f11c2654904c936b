# SPDX-License-Identifier: Apache-2.0
# Man page, shell completion and the Debian doc files.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(doc_out ${CMAKE_CURRENT_BINARY_DIR}/doc)

# gzip -n keeps the archives free of timestamps, so builds are reproducible
function(tokendock_gzip source output)
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${doc_out}
        COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${source} > ${output}
        DEPENDS ${source}
        VERBATIM)
endfunction()

set(man_source ${PROJECT_SOURCE_DIR}/resources/man/tokendock.1)
tokendock_gzip(${man_source} ${doc_out}/tokendock.1.gz)
tokendock_gzip(${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog ${doc_out}/changelog.gz)
add_custom_target(tokendock_docs ALL DEPENDS ${doc_out}/tokendock.1.gz ${doc_out}/changelog.gz)

install(FILES ${doc_out}/tokendock.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/tokendock.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME tokendock)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright ${doc_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendock)
# what a team needs to write its own carrier presets
install(FILES ${PROJECT_SOURCE_DIR}/docs/carrier-preset.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendock)
install(FILES ${PROJECT_SOURCE_DIR}/docs/examples/acme-freight.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendock/examples)
