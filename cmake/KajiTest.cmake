# kaji_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [GUI])
# GUI tests run on Qt's offscreen platform; every test gets its own settings
# directory so runs never read or change the user's real settings.
function(kaji_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        KAJI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        KAJI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    # Bounds on time and memory hold a normal build to its figures; a
    # sanitizer build (scripts/sanitize.sh) runs about three times slower and
    # larger (AddressSanitizer's shadow memory alone is 250 MB for a small
    # command), so its tests scale those bounds (tests/sanitizerfactor.h).
    # Only there: a normal build's compile lines, and its cached objects,
    # stay as they were.
    if(KAJI_SANITIZE)
        target_compile_definitions(${name} PRIVATE KAJI_SANITIZER_FACTOR=3)
    endif()
    kaji_set_target_options(${name})
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
