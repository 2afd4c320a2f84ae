# End-to-end tests of the gate: the `blastradius` binary over the bundled scenarios, the shared
# example, and deliberately unsafe policies and manifests.
add_executable(gate_test gate_test.cc)
target_link_libraries(gate_test PRIVATE chaos_core GTest::gtest_main)
# redis_server.h: the real redis-server the --state tests start (as the state-store tests do).
target_include_directories(gate_test PRIVATE ${BLASTRADIUS_SOURCE_DIR}/safety_core/tests)
target_compile_definitions(gate_test PRIVATE
  BLASTRADIUS_BIN="$<TARGET_FILE:blastradius>"
  BLASTRADIUS_SOURCE_DIR="${BLASTRADIUS_SOURCE_DIR}")
add_dependencies(gate_test blastradius)
gtest_discover_tests(gate_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS gate TIMEOUT 600)

# The chaos runner's worker pool (threads sharing the report and the crash-job queue) over the
# bundled suite: a concurrency test, run under ThreadSanitizer in CI.
add_test(NAME chaos_runner_threads
         COMMAND blastradius check ${CMAKE_CURRENT_SOURCE_DIR}/scenarios --threads 4 --quiet)
set_tests_properties(chaos_runner_threads PROPERTIES LABELS "gate;concurrency" TIMEOUT 600)
add_dependencies(concurrency_tests blastradius)

# `check --sarif` validates against the SARIF 2.1.0 subset schema (python3 with jsonschema, found
# on PATH when the test runs: Debian's python3-jsonschema).
add_test(NAME sarif_output_validates
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/sarif_test.py
    $<TARGET_FILE:blastradius> ${BLASTRADIUS_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/sarif_test)
set_tests_properties(sarif_output_validates PROPERTIES LABELS gate TIMEOUT 300)
