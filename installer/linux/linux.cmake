# Linux: the FHS layout under /usr, a .deb whose dependencies come from
# dpkg-shlibdeps, and a tarball of the same tree. Included by
# installer/CMakeLists.txt.
include(GNUInstallDirs)
set(KAJI_LINUX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(KAJI_APP_ID io.github.kaji.Kaji)

# share/doc/kaji, not GNUInstallDirs' DOCDIR (share/doc/Kaji, from the project name).
install(FILES ${KAJI_NOTICE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kaji)
install(FILES ${KAJI_LINUX_DIR}/${KAJI_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${KAJI_LINUX_DIR}/completion/kaji.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kaji)
# Debian's zsh reads vendor completions from here (other distributions
# link it into their fpath too).
install(FILES ${KAJI_LINUX_DIR}/completion/_kaji DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# AppStream: the release entry is today's version and date.
string(TIMESTAMP KAJI_RELEASE_DATE "%Y-%m-%d" UTC)
configure_file(${KAJI_LINUX_DIR}/${KAJI_APP_ID}.metainfo.xml ${CMAKE_CURRENT_BINARY_DIR}/${KAJI_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${KAJI_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# hicolor icons: the scalable SVG plus PNGs at the sizes desktops look for.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kaji.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KAJI_APP_ID}.svg)
set(KAJI_ICON_PNGS)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${KAJI_APP_ID}.png)
    file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size})
    kaji_render_icon(${size} ${png})
    list(APPEND KAJI_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man page is generated from `kaji --help` each build (help2man), so it
# never disagrees with the program; kaji.h2m adds what --help does not say.
find_program(KAJI_HELP2MAN help2man)
set(KAJI_PACKAGE_FILES ${KAJI_ICON_PNGS})
if(KAJI_HELP2MAN)
    set(manpage ${CMAKE_CURRENT_BINARY_DIR}/kaji.1)
    add_custom_command(OUTPUT ${manpage}.gz
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= KUBECONFIG=/nonexistent KAJI=$<TARGET_FILE:kaji>
            ${KAJI_HELP2MAN} --no-info --no-discard-stderr --include=${KAJI_LINUX_DIR}/kaji.h2m
            --output=${manpage} ${KAJI_LINUX_DIR}/help-for-man.sh
        COMMAND gzip -9nf ${manpage}
        DEPENDS kaji ${KAJI_LINUX_DIR}/kaji.h2m ${KAJI_LINUX_DIR}/help-for-man.sh
        COMMENT "Generating the kaji(1) man page from kaji --help" VERBATIM)
    list(APPEND KAJI_PACKAGE_FILES ${manpage}.gz)
    install(FILES ${manpage}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: packages will have no man page (apt install help2man)")
endif()
# Built with `all`; `cmake --build build --target kaji_package_files` makes
# just these.
add_custom_target(kaji_package_files ALL DEPENDS ${KAJI_PACKAGE_FILES})

# Debian 12 has no Qt 6 build of KSyntaxHighlighting, so the private build
# from scripts/ (KF5 5.116 for Qt 6) goes inside the package, in a directory
# of Kaji's own: its soname is the same as Debian's Qt 5 library's, which
# must not be shadowed for other programs. kaji finds it by RUNPATH.
if(KAJI_SYNTAX_HIGHLIGHTING_TARGET STREQUAL "KF5::SyntaxHighlighting")
    set(KAJI_BUNDLE_SYNTAX_HIGHLIGHTING_DEFAULT ON)
else()
    set(KAJI_BUNDLE_SYNTAX_HIGHLIGHTING_DEFAULT OFF)
endif()
option(KAJI_BUNDLE_SYNTAX_HIGHLIGHTING "Ship the KSyntaxHighlighting library in lib/kaji"
    ${KAJI_BUNDLE_SYNTAX_HIGHLIGHTING_DEFAULT})
if(KAJI_BUNDLE_SYNTAX_HIGHLIGHTING)
    set(ksh ${KAJI_SYNTAX_HIGHLIGHTING_TARGET})
    get_target_property(ksh_file ${ksh} IMPORTED_LOCATION_RELEASE)
    get_target_property(ksh_soname ${ksh} IMPORTED_SONAME_RELEASE)
    if(NOT ksh_file OR NOT ksh_soname)
        message(FATAL_ERROR "KAJI_BUNDLE_SYNTAX_HIGHLIGHTING: ${ksh} has no release library to ship")
    endif()
    set(KAJI_PRIVATE_LIBDIR ${CMAKE_INSTALL_LIBDIR}/kaji)
    # Installed under its soname, the name the loader asks for.
    install(FILES ${ksh_file} DESTINATION ${KAJI_PRIVATE_LIBDIR} RENAME ${ksh_soname})
    # $ORIGIN keeps the tarball relocatable. The Graphviz plugin directory
    # that ui/ adds at link time stays in the RUNPATH beside it.
    file(RELATIVE_PATH origin_to_lib ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}
         ${CMAKE_INSTALL_PREFIX}/${KAJI_PRIVATE_LIBDIR})
    set_target_properties(kaji PROPERTIES INSTALL_RPATH "$ORIGIN/${origin_to_lib}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_INSTALL_PREFIX}/${KAJI_PRIVATE_LIBDIR})
endif()

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # kaji_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
# shlibdeps sees linked libraries only. Plugins Qt loads at run time: xcb and
# offscreen come with libqt6gui6, SVG icons with libqt6svg6 (both linked);
# Wayland sessions want qt6-wayland. The Japanese UI needs a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "kubectl")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Kaji shows the live state of Kubernetes clusters in a native Qt window:
 every kind the cluster serves, details, events, logs, port forwards,
 diagrams, a diagnosis of failing objects and a manifest editor checked
 against the cluster's schema. The same binary answers kubectl-like
 commands in the terminal (kaji get, logs, diagnose, diagram, apply, diff).")
