# kaji_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [GUI])
# GUI tests run on Qt's offscreen platform; every test gets its own settings
# directory so runs never read or change the user's real settings.

# About 150 test executables compile a file or two each, and those files took
# 45 % of a cold build's compile time. Two things made each one slow, both
# measured on tst_networkgraph.cpp (RelWithDebInfo, GCC 12): full debug info
# (30 s with -g, 18 s with -g1) and parsing QtTest and nlohmann/json again in
# every file (about 7 s of the 18). So tests keep line tables only, enough
# for a backtrace with files and lines, and share precompiled headers. A
# test must still include what it uses: -DKAJI_TEST_PCH=OFF checks that.
option(KAJI_TEST_PCH "Tests share precompiled Qt and nlohmann headers (GCC)" ON)

# The settings a test's own sources are compiled with. The precompiled
# headers are built with the same ones: GCC refuses a header precompiled
# under other macros or options, and falls back to parsing it.
function(_kaji_test_compile_settings target)
    target_compile_definitions(${target} PRIVATE
        KAJI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        KAJI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    # Bounds on time and memory hold a normal build to its figures; a
    # sanitizer build (scripts/sanitize.sh) runs about three times slower and
    # larger (AddressSanitizer's shadow memory alone is 250 MB for a small
    # command), so its tests scale those bounds (tests/sanitizerfactor.h).
    # Only there: a normal build's compile lines, and its cached objects,
    # stay as they were.
    if(KAJI_SANITIZE)
        target_compile_definitions(${target} PRIVATE KAJI_SANITIZER_FACTOR=3)
    endif()
    kaji_set_target_options(${target})
    # A Debug build keeps full debug info for stepping through a test.
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE $<$<CONFIG:RelWithDebInfo>:-g1>)
    endif()
endfunction()

# What a test's precompiled headers are built against: the highest of Kaji's
# libraries it links. Each brings Qt modules whose QT_*_LIB macros decide
# what <QTest> declares, and GCC refuses a header precompiled under other
# macros. So a test that links a Qt module beyond those of its library
# (a chart's, Svg), or none of Kaji's libraries, gets none and parses its
# headers: a handful of tests, each of which would otherwise need a
# precompiled header of its own (some 200 MB on disk each).
set(_kaji_qt_of_kaji_kube Qt6::Core Qt6::Network Qt6::WebSockets)
set(_kaji_qt_of_kaji_models ${_kaji_qt_of_kaji_kube} Qt6::Concurrent)
set(_kaji_qt_of_kaji_ui ${_kaji_qt_of_kaji_models} Qt6::Gui Qt6::Widgets)
set(_kaji_qt_of_kaji_app ${_kaji_qt_of_kaji_ui})
function(_kaji_test_pch_level out)
    set(found "")
    foreach(level kaji_app kaji_ui kaji_models kaji_kube)
        if(level IN_LIST ARGN)
            set(qt ${ARGN})
            list(FILTER qt INCLUDE REGEX "^Qt6::")
            list(REMOVE_ITEM qt ${_kaji_qt_of_${level}})
            if(NOT qt)
                set(found ${level})
            endif()
            break()
        endif()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

# One object library per directory and library holds the precompiled
# headers; the tests there that link the same reuse them. Per directory
# because Qt6::Test defines QT_TESTCASE_BUILDDIR as the test's build
# directory. Only third-party headers: a change to Kaji's own headers must
# not rebuild them.
function(_kaji_test_pch_target out level)
    file(RELATIVE_PATH dir ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    string(MAKE_C_IDENTIFIER "${dir}" dir)
    set(pch kaji_pch_${dir}_${level})
    if(NOT TARGET ${pch})
        set(source ${CMAKE_CURRENT_BINARY_DIR}/kaji_test_pch.cpp)
        if(NOT EXISTS ${source})
            file(WRITE ${source} "// The precompiled headers' own translation unit: empty.\n")
        endif()
        add_library(${pch} OBJECT ${source})
        set_target_properties(${pch} PROPERTIES AUTOMOC OFF AUTORCC OFF AUTOUIC OFF)
        target_link_libraries(${pch} PRIVATE Qt6::Test ${level})
        _kaji_test_compile_settings(${pch})
        target_precompile_headers(${pch} PRIVATE
            <QTest> <QSignalSpy> <QAbstractItemModelTester> <QElapsedTimer> <QDateTime>
            <QDir> <QFile> <QTemporaryDir> <QProcess> <QRegularExpression>
            <QJsonDocument> <QJsonObject> <QJsonArray>
            <nlohmann/json.hpp> <algorithm> <functional> <memory> <string> <vector>)
        if(level STREQUAL "kaji_ui" OR level STREQUAL "kaji_app")
            target_precompile_headers(${pch} PRIVATE
                <QApplication> <QTableView> <QLabel> <QPushButton> <QTabWidget> <QLineEdit>)
        endif()
    endif()
    set(${out} ${pch} PARENT_SCOPE)
endfunction()

function(kaji_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    _kaji_test_compile_settings(${name})
    _kaji_test_pch_level(level ${ARG_LIBS})
    if(KAJI_TEST_PCH AND level AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        _kaji_test_pch_target(pch ${level})
        target_precompile_headers(${name} REUSE_FROM ${pch})
        # AUTOMOC's file of a test is nearly always empty (its moc output is
        # included by the test's own file): loading a precompiled header took
        # it from 0.02 s to 1.7 s, 155 times.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    # The engine's tests (connection threads, reflectors, port-forward) form
    # their own label and target: the ThreadSanitizer run builds and runs
    # only them (scripts/sanitize.sh thread).
    if(CMAKE_CURRENT_SOURCE_DIR STREQUAL "${PROJECT_SOURCE_DIR}/tests/kube")
        list(APPEND labels kube)
        if(NOT TARGET kaji_kube_tests)
            add_custom_target(kaji_kube_tests)
        endif()
        add_dependencies(kaji_kube_tests ${name})
    endif()
    set(env "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.config" "LC_ALL=C.UTF-8" "LANGUAGE=")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND labels gui)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${labels}" ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
