# macOS: kaji.app with its icon, Info.plist (the .yaml document type), the
# licence texts in Resources, Qt and the other dylibs deployed by
# macdeployqt, and a DragNDrop disk image. Built by the CI workflow only.
set(KAJI_MACOS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/macos)

# kaji.icns from the SVG: the iconset sizes Apple asks for, then iconutil
# (part of every macOS installation).
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/kaji.iconset)
set(KAJI_ICNS ${CMAKE_CURRENT_BINARY_DIR}/kaji.icns)
file(MAKE_DIRECTORY ${iconset})
set(iconset_pngs)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    kaji_render_icon(${size} ${iconset}/icon_${size}x${size}.png)
    kaji_render_icon(${double} ${iconset}/icon_${size}x${size}@2x.png)
    list(APPEND iconset_pngs ${iconset}/icon_${size}x${size}.png ${iconset}/icon_${size}x${size}@2x.png)
endforeach()
add_custom_command(OUTPUT ${KAJI_ICNS}
    COMMAND iconutil -c icns ${iconset} -o ${KAJI_ICNS}
    DEPENDS ${iconset_pngs} COMMENT "Making kaji.icns" VERBATIM)
add_custom_target(kaji_macos_icon ALL DEPENDS ${KAJI_ICNS})
add_dependencies(kaji kaji_macos_icon)
target_sources(kaji PRIVATE ${KAJI_ICNS})
set_source_files_properties(${KAJI_ICNS} DIRECTORY ${PROJECT_SOURCE_DIR}/app
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)

set_target_properties(kaji PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${KAJI_MACOS_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.kaji.Kaji
    MACOSX_BUNDLE_BUNDLE_NAME Kaji
    MACOSX_BUNDLE_ICON_FILE kaji.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})

install(FILES ${KAJI_NOTICE_FILES} DESTINATION kaji.app/Contents/Resources)
include(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Kaji")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_PACKAGE_ICON ${KAJI_ICNS})
