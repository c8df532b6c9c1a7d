# Windows and macOS: Qt's own deployment (windeployqt / macdeployqt) runs at
# install time, so `cmake --install` and CPack produce a self-contained
# folder or bundle. Included by the platform files below.
#
# qt_generate_deploy_app_script() exists from Qt 6.3; its output argument
# was renamed in 6.5. Linux packages need none of this: the distribution
# provides Qt.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET kaji OUTPUT_SCRIPT kaji_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
    qt_generate_deploy_app_script(TARGET kaji FILENAME_VARIABLE kaji_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    message(WARNING "Qt ${Qt6_VERSION} has no deployment scripts: run windeployqt/macdeployqt on the installed app yourself")
endif()
if(kaji_deploy_script)
    install(SCRIPT ${kaji_deploy_script})
endif()
