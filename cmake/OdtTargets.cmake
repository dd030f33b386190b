# Warnings and definitions every project target shares, kept target-scoped.
add_library(odt_project_options INTERFACE)
target_compile_options(odt_project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow=local>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)
target_compile_definitions(odt_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    # Q_SIGNALS/Q_SLOTS/Q_EMIT everywhere; QCA's headers still use the keywords, so its users opt out.
    $<$<NOT:$<BOOL:$<TARGET_PROPERTY:ODT_USES_QCA_HEADERS>>>:QT_NO_KEYWORDS>
    ODT_VERSION="${PROJECT_VERSION}")

# odt_add_library(NAME SOURCES ... LINKS ...): one static library per layer under src/.
function(odt_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${name} PUBLIC ${ARG_LINKS} PRIVATE odt_project_options)
endfunction()
