# Windows: kaji.exe with its icon, Qt deployed by windeployqt, the other
# DLLs (vcpkg) gathered by CMake, and an NSIS installer with a Start menu
# entry and "Open with Kaji" for .yaml/.yml files. Built by the CI workflow
# only; nothing here has run on this project's Linux machines.
set(KAJI_WINDOWS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# The .ico is drawn from the SVG (Qt's ICO writer: one 256 px image, which
# Windows scales down) and compiled into kaji.exe through a resource script.
set(KAJI_ICO ${CMAKE_CURRENT_BINARY_DIR}/kaji.ico)
kaji_render_icon(256 ${KAJI_ICO})
add_custom_target(kaji_windows_icon ALL DEPENDS ${KAJI_ICO})
configure_file(${KAJI_WINDOWS_DIR}/kaji.rc.in ${CMAKE_CURRENT_BINARY_DIR}/kaji.rc @ONLY)
target_sources(kaji PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/kaji.rc)
add_dependencies(kaji kaji_windows_icon)

# Licence texts next to kaji.exe.
install(FILES ${KAJI_NOTICE_FILES} DESTINATION bin)

# Non-Qt DLLs (libcurl, Graphviz, KSyntaxHighlighting, yaml-cpp, zlib...):
# CMake follows kaji.exe's imports into vcpkg's bin folder.
install(TARGETS kaji RUNTIME_DEPENDENCY_SET kaji_runtime RUNTIME DESTINATION bin)
install(RUNTIME_DEPENDENCY_SET kaji_runtime DESTINATION bin
    PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*"
    POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
    DIRECTORIES $<$<BOOL:${VCPKG_INSTALLED_DIR}>:${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin>)
include(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Kaji")
set(CPACK_NSIS_DISPLAY_NAME "Kaji")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON ${KAJI_ICO})
set(CPACK_NSIS_MUI_UNIICON ${KAJI_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\kaji.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "kaji.exe")
# The association commands live in their own file for readability; CPack
# pastes them into the installer script.
file(READ ${KAJI_WINDOWS_DIR}/associate-install.nsi CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${KAJI_WINDOWS_DIR}/associate-uninstall.nsi CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
