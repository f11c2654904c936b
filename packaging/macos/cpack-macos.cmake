# SPDX-License-Identifier: Apache-2.0
# macOS disk image with the app bundle. Built on macOS with macdeployqt run on
# the bundle first; the .icns comes from the icon renderer (Qt's icns plugin,
# package qt6-image-formats-plugins / qtimageformats). Not built on Linux CI.
set(CPACK_DMG_VOLUME_NAME "TokenDock")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_BUNDLE_NAME "TokenDock")
