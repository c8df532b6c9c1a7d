# Third-party packages. Qt 6.4 is the floor (Debian 12); newer Qt 6 releases
# on Windows and macOS must keep working.

find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Gui Widgets Network WebSockets Charts Svg SvgWidgets Concurrent Test LinguistTools)
# 7.77 brings in-memory CA and client certificates (CURLOPT_*_BLOB).
find_package(CURL 7.77 REQUIRED)
find_package(ZLIB REQUIRED) # SPDY header compression (port-forward)
find_package(yaml-cpp REQUIRED) # writing YAML, reading kubeconfigs
# libyaml reads manifests: go-yaml (the API server's reader) is a port of
# it, and it parses ten times as fast as yaml-cpp. vcpkg ships a CMake
# package; Debian and Homebrew ship pkg-config files.
find_package(yaml CONFIG QUIET)
if(TARGET yaml)
    set(KAJI_LIBYAML_TARGET yaml)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LIBYAML REQUIRED IMPORTED_TARGET yaml-0.1)
    set(KAJI_LIBYAML_TARGET PkgConfig::LIBYAML)
endif()
# libvterm parses what a container's terminal prints (the terminal dock).
# Debian, Homebrew and most distributions ship vterm.pc; where there is none
# (vcpkg on Windows), the header and library are found directly.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(VTERM QUIET IMPORTED_TARGET GLOBAL vterm>=0.1)
endif()
if(TARGET PkgConfig::VTERM)
    add_library(Kaji::vterm ALIAS PkgConfig::VTERM)
else()
    find_path(KAJI_VTERM_INCLUDE_DIR vterm.h REQUIRED)
    find_library(KAJI_VTERM_LIBRARY NAMES vterm libvterm REQUIRED)
    add_library(Kaji::vterm UNKNOWN IMPORTED GLOBAL)
    set_target_properties(Kaji::vterm PROPERTIES
        IMPORTED_LOCATION ${KAJI_VTERM_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${KAJI_VTERM_INCLUDE_DIR})
endif()
find_package(nlohmann_json 3.10 REQUIRED)
# On-Demand scanning reads 50,000 pods in well under a second; a JSON tree
# per object would take ten times as long.
find_package(simdjson 3.0 REQUIRED)

# dtl: header-only diff (Debian libdtl-dev, vcpkg dtl).
find_path(KAJI_DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)

# KF6 where the system has it (Debian 13, Fedora, Arch, Homebrew, vcpkg);
# otherwise the Qt 6 build of KF5 5.116 that scripts/ makes in the cache and
# passes through CMAKE_PREFIX_PATH. Both provide the same API and headers.
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    set(KAJI_SYNTAX_HIGHLIGHTING_TARGET KF6::SyntaxHighlighting)
else()
    find_package(KF5SyntaxHighlighting 5.116 REQUIRED)
    set(KAJI_SYNTAX_HIGHLIGHTING_TARGET KF5::SyntaxHighlighting)
endif()

# yaml-cpp's exported target name changed across releases.
if(TARGET yaml-cpp::yaml-cpp)
    set(KAJI_YAML_TARGET yaml-cpp::yaml-cpp)
else()
    set(KAJI_YAML_TARGET yaml-cpp)
endif()
