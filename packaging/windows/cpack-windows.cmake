# SPDX-License-Identifier: Apache-2.0
# Windows installer (NSIS). Built on Windows with windeployqt run on the
# installed tree first; not built on the Linux CI machine.
set(CPACK_NSIS_DISPLAY_NAME "TokenDock")
set(CPACK_NSIS_PACKAGE_NAME "TokenDock")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_BINARY_DIR}/icons/tokendock.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_BINARY_DIR}/icons/tokendock.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tokendock.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\TokenDock.lnk' '$INSTDIR\\\\bin\\\\tokendock.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\TokenDock.lnk'")
