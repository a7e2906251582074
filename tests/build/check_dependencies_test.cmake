# The dependency rules are enforced (src/dependency_rules.cmake, cmake/check_dependencies.cmake):
# the real src/ passes, and a copy of it with forbidden includes planted fails naming each one —
# a pure feature file including the store, a feature's pure events including its service, a
# layer below including a feature, and a pure rule including an I/O library.
#   cmake -DSRC=<src> -DCHECKER=<check_dependencies.cmake> -DWORK=<scratch dir> -P check_dependencies_test.cmake
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -DSRC=${SRC} -DSTAMP=${WORK}/clean.stamp -P ${CHECKER}
                RESULT_VARIABLE clean_result ERROR_VARIABLE clean_output)
if(NOT clean_result EQUAL 0)
  message(FATAL_ERROR "src/ breaks its own dependency rules:\n${clean_output}")
endif()

file(REMOVE_RECURSE "${WORK}/src")
file(COPY "${SRC}/" DESTINATION "${WORK}/src")
set(planted
  "features/transfer/transfer_rules.cc|store/store.h|features/ may not include store/store.h"
  "features/transfer/transfer_events.h|features/transfer/transfer_service.h|the pure rules of a feature may not include features/transfer/transfer_service.h"
  "web/pages.cc|features/feature_list.h|web/ may not include features/feature_list.h"
  "service/record_access.cc|http/request.h|service/ may not include http/request.h"
)
foreach(case IN LISTS planted)
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 file)
  list(GET parts 1 header)
  file(APPEND "${WORK}/src/${file}" "\n#include \"${header}\"\n")
endforeach()
file(APPEND "${WORK}/src/record/commands.cc" "\n#include <sqlite3.h>\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DSRC=${WORK}/src -DSTAMP=${WORK}/planted.stamp -P ${CHECKER}
                RESULT_VARIABLE planted_result ERROR_VARIABLE planted_output)
if(planted_result EQUAL 0)
  message(FATAL_ERROR "The checker accepted forbidden includes")
endif()
string(REPLACE "\n" " " flat_output "${planted_output}")
string(REGEX REPLACE " +" " " flat_output "${flat_output}")
foreach(case IN LISTS planted)
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 2 expected)
  string(FIND "${flat_output}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "The checker did not report '${expected}':\n${planted_output}")
  endif()
endforeach()
string(FIND "${flat_output}" "the pure rules of record/ may not include <sqlite3.h> (I/O)" at)
if(at EQUAL -1)
  message(FATAL_ERROR "The checker did not report the I/O include:\n${planted_output}")
endif()
file(REMOVE_RECURSE "${WORK}/src")
message(STATUS "dependency rules: clean src passes; 5 planted includes each reported")
