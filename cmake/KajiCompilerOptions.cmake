# Compiler settings for Kaji's own targets. Third-party code never sees them:
# they are applied per target through kaji_set_target_options().

# Qt's keyword macros collide with other libraries' identifiers (Boost, TBB);
# the house style uses Q_SIGNALS/Q_SLOTS/Q_EMIT instead.
add_compile_definitions(
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KAJI_VERSION="${PROJECT_VERSION}"
)

function(kaji_set_target_options target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(KAJI_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
        if(KAJI_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# Sanitizer builds (scripts/sanitize.sh). "address" is AddressSanitizer with
# UndefinedBehaviorSanitizer (LeakSanitizer included), "thread" is
# ThreadSanitizer. Every target of the tree gets the flags, not only Kaji's
# own, so a fault is seen where it happens even inside header-only code
# (nlohmann, dtl) and across the static libraries. Line tables (-g1) are all
# a report's stack needs; full debug info would make the tree three times
# larger, since every test links its own copy (see split DWARF below).
set(KAJI_SANITIZE "" CACHE STRING "address (ASan+UBSan) or thread (TSan); empty builds without sanitizers")
if(KAJI_SANITIZE STREQUAL "address")
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g1)
    add_link_options(-fsanitize=address,undefined)
elseif(KAJI_SANITIZE STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -g1)
    add_link_options(-fsanitize=thread)
elseif(NOT KAJI_SANITIZE STREQUAL "")
    message(FATAL_ERROR "KAJI_SANITIZE must be empty, address or thread, not '${KAJI_SANITIZE}'")
endif()

# Every test and benchmark links the same static libraries, so debug info
# kept inside the executables is copied 150 times: a RelWithDebInfo tree grew
# to 14 GB (test executables of 80-230 MB each) and filled CI's disk. Split
# DWARF leaves it once, in a .dwo file beside each object; debuggers and
# addr2line find it there. Sanitizer builds keep it inline, because GCC's
# sanitizer runtime symbolizes reports without reading .dwo files.
option(KAJI_SPLIT_DWARF "Keep debug info in .dwo files beside the objects (GCC and Clang on Linux)" ON)
if(KAJI_SPLIT_DWARF AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang"
        AND "${KAJI_SANITIZE}" STREQUAL "")
    add_compile_options(-gsplit-dwarf)
    # What stays in an executable is mostly the name index GCC adds for
    # split DWARF (.debug_gnu_pubnames/pubtypes, ~20 MB per test, not
    # switchable): zlib takes a 30 MB test down to 5 MB at link time.
    add_link_options(-Wl,--compress-debug-sections=zlib)
endif()

# Kaji's libraries are some 360 files, and each parsed Qt's and nlohmann's
# headers anew: a few seconds of every file's compile. Each library
# precompiles the ones most of its files include, once, with its own flags
# (every compiler CMake supports). Only third-party headers: a change to
# Kaji's own headers must not rebuild them. A file must still include what
# it uses: a build with -DKAJI_PCH=OFF checks that.
option(KAJI_PCH "Precompile the Qt and nlohmann headers each of Kaji's libraries shares" ON)
function(kaji_precompile_headers target)
    cmake_parse_arguments(ARG "WIDGETS" "" "" ${ARGN})
    if(NOT KAJI_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE
        <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QList> <QObject> <QPointer>
        <QString> <QStringList> <QTimer> <QUrl>
        <nlohmann/json.hpp> <algorithm> <functional> <memory> <optional> <string_view> <vector>)
    if(ARG_WIDGETS)
        target_precompile_headers(${target} PRIVATE
            <QWidget> <QLabel> <QBoxLayout> <QPushButton> <QLineEdit> <QPainter> <QEvent> <QKeyEvent>)
    endif()
endfunction()

# GNU ld (bfd) spent 577 s of a cold build's 5,094 tool seconds linking the
# 156 tests against the same static libraries; gold links a test 2.6 times
# faster (tst_details: 5.6 s with bfd, 2.2 s with gold). The
# first of lld and gold the toolchain accepts is used; GNU ld otherwise, and
# always when a sanitizer runtime is linked (GCC's runtimes are tested with
# bfd).
option(KAJI_FAST_LINKER "Link with lld or gold when the toolchain has one (GCC and Clang on Linux)" ON)
if(KAJI_FAST_LINKER AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang"
        AND "${KAJI_SANITIZE}" STREQUAL "")
    include(CheckLinkerFlag)
    foreach(linker lld gold)
        check_linker_flag(CXX "-fuse-ld=${linker}" KAJI_LINKER_${linker})
        if(KAJI_LINKER_${linker})
            add_link_options("-fuse-ld=${linker}")
            break()
        endif()
    endforeach()
endif()
