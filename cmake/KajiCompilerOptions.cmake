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
