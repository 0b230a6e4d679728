# Writes OUTPUT, a header that defines `inline constexpr std::string_view NAME` holding the
# bytes of INPUT. Used for the OpenAPI document the server serves.
file(READ "${INPUT}" content)
set(body "// Generated from ${INPUT} by cmake/embed_file.cmake. Do not edit.\n#pragma once\n#include <string_view>\nnamespace bizline {\ninline constexpr std::string_view ${NAME} = R\"__embed__(${content})__embed__\";\n}  // namespace bizline\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
