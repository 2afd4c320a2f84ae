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
# The weakened-policy cases each run `check` over every bundled scenario with one policy file
# changed: one case of each suite runs in every build, the others (the same code under ASan, the
# same verdicts in every build) in the Release build only (scripts/test.sh leaves out labels
# matching "release_only"). So does the bundled suite on a real redis-server (116 s under ASan):
# the Redis store runs under ASan in state_store_test and state_store_handover_test, and `check
# --state` in CheckRefusesAnUnreachableOrMalformedStateStore. gtest_discover_tests cannot pass a
# list of labels, so theirs is the one label "gate.release_only", which `ctest -L gate` still
# selects (-L takes a regex).
set(_gate_release_only "Weakenings/*:FiniteButUseless/*")
string(APPEND _gate_release_only ":GateTest.BundledScenariosGiveTheSameReportOnTheRedisStateStore")
set(_gate_asan_cases "Weakenings/*/no_budget:FiniteButUseless/*/breaker_never_opens")
gtest_discover_tests(gate_test DISCOVERY_TIMEOUT 60 TEST_FILTER "-${_gate_release_only}"
                     PROPERTIES LABELS gate TIMEOUT 600)
gtest_discover_tests(gate_test DISCOVERY_TIMEOUT 60 TEST_FILTER "${_gate_asan_cases}"
                     PROPERTIES LABELS gate TIMEOUT 600)
gtest_discover_tests(gate_test DISCOVERY_TIMEOUT 60
                     TEST_FILTER "${_gate_release_only}-${_gate_asan_cases}"
                     PROPERTIES LABELS gate.release_only TIMEOUT 600)

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
# COST: among the longest tests under ASan (about 45 s); ctest -j starts it early.
set_tests_properties(sarif_output_validates PROPERTIES LABELS gate TIMEOUT 300 COST 45)
