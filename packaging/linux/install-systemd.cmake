# SPDX-License-Identifier: Apache-2.0
# The daily `tokendock check --all --notify`: a systemd user service and its
# timer, installed disabled (systemctl --user enable --now tokendock-check.timer).
# ExecStart names the binary where it is installed: the prefix is known only
# at install time (cpack installs into /usr whatever the build was configured
# with), so the service is written then.
set(systemd_out ${CMAKE_CURRENT_BINARY_DIR}/systemd)
install(CODE "
    set(TOKENDOCK_CHECK_BINARY \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/tokendock\")
    configure_file(\"${CMAKE_CURRENT_SOURCE_DIR}/linux/tokendock-check.service.in\"
                   \"${systemd_out}/tokendock-check.service\" @ONLY)
")
install(FILES ${systemd_out}/tokendock-check.service
              ${CMAKE_CURRENT_SOURCE_DIR}/linux/tokendock-check.timer
        DESTINATION lib/systemd/user)
