# Benchmarks (bench/): Google Benchmark programs for the inner loops and
# bench/throughput.sh for whole-process MB/s. Not part of `all` and never
# run by CTest: build them with `ninja bench` (or `make bench`) and run them
# by hand; bench/README.md says how and records the results.
find_package(benchmark QUIET)
if(NOT benchmark_FOUND)
  message(STATUS "Google Benchmark not found (libbenchmark-dev): no bench targets")
  return()
endif()

add_custom_target(bench)
set(RIGHTSCHECK_BENCH_DIR ${CMAKE_BINARY_DIR}/bench)

# A PDF and a DOCX of the example bill, made by the same converter the e2e
# tests use.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_FOUND)
  set(bench_documents)
  foreach(format pdf docx)
    set(document ${RIGHTSCHECK_BENCH_DIR}/cybercrime-bill.${format})
    add_custom_command(
      OUTPUT ${document}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${RIGHTSCHECK_BENCH_DIR}
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/convert.py ${format}
              ${CMAKE_SOURCE_DIR}/examples/cybercrime-bill.txt ${document}
      DEPENDS ${CMAKE_SOURCE_DIR}/examples/cybercrime-bill.txt ${CMAKE_SOURCE_DIR}/tests/tools/convert.py
      COMMENT "Making the benchmark ${format}"
      VERBATIM)
    list(APPEND bench_documents ${document})
  endforeach()
  add_custom_target(bench_inputs DEPENDS ${bench_documents})
  add_dependencies(bench bench_inputs)
endif()

# bench_pattern_cost is a plain diagnostic (not Google Benchmark) that
# compiles each pattern alone and ranks them by scan time and size.
foreach(name matcher evaluate analyse ingest_pdf isolation pattern_cost)
  set(bench_main ${CMAKE_SOURCE_DIR}/bench/${name}_bench.cpp)
  if(name STREQUAL "pattern_cost")
    set(bench_main ${CMAKE_SOURCE_DIR}/bench/pattern_cost.cpp)
  endif()
  add_executable(bench_${name} EXCLUDE_FROM_ALL ${bench_main} ${CMAKE_SOURCE_DIR}/bench/bench_inputs.cpp
    ${RIGHTSCHECK_PRECOMPILED_PATTERNS})
  target_include_directories(bench_${name} PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/bench)
  target_link_libraries(bench_${name} PRIVATE rightscheck_core benchmark::benchmark PkgConfig::LIBHS)
  target_compile_definitions(bench_${name} PRIVATE
    RIGHTSCHECK_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    RIGHTSCHECK_SHARED_DIR="${SHARED_DIR}"
    RIGHTSCHECK_BENCH_DIR="${RIGHTSCHECK_BENCH_DIR}")
  set_target_properties(bench_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${RIGHTSCHECK_BENCH_DIR})
  add_dependencies(bench bench_${name})
endforeach()
