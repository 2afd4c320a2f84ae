# The detector evaluation (`blastradius eval-detector`): a library the CLI links, a small
# stand-alone `detector_eval` program, and ctest gates on the development corpus.
# Included from chaos_scenarios/CMakeLists.txt: include(${CMAKE_CURRENT_LIST_DIR}/detector_eval.cmake)
add_library(detector_eval_lib STATIC ${CMAKE_CURRENT_LIST_DIR}/detector_eval.cc)
target_include_directories(detector_eval_lib PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(detector_eval_lib PUBLIC safety_core)

add_executable(detector_eval ${CMAKE_CURRENT_LIST_DIR}/detector_eval_main.cc)
target_link_libraries(detector_eval PRIVATE detector_eval_lib)

if(BLASTRADIUS_BUILD_TESTS)
  # Targets from issue 4 on the development set; the unseen held-out set judges generality.
  add_test(NAME detector_eval.dev_corpus
           COMMAND detector_eval
                   --corpus ${BLASTRADIUS_SOURCE_DIR}/data/injection_corpus/corpus.jsonl
                   --min-recall 0.90 --min-recall-kind obfuscated=0.80
                   --max-fpr-benign 0.03 --max-fpr-hard-negative 0.08)
  # Our own obfuscation cases: every technique must be caught, with no false positives.
  add_test(NAME detector_eval.obfuscations
           COMMAND detector_eval
                   --corpus ${BLASTRADIUS_SOURCE_DIR}/safety_core/tests/data/obfuscations.jsonl
                   --min-recall 1.0 --max-fpr-benign 0.0 --max-fpr-hard-negative 0.0)
  # Our own authored set: carriers, phrasings and obfuscations the development corpus lacks
  # (safety_core/tests/data/make_heldout.py). Packs were generalized after measuring on it, so
  # it guards against regressions; it is not an unseen-data estimate.
  # Measured: recall 0.984 (obfuscated 0.977), FPR benign 0.000, hard negatives 0.078.
  add_test(NAME detector_eval.heldout_authored
           COMMAND detector_eval
                   --corpus ${BLASTRADIUS_SOURCE_DIR}/safety_core/tests/data/heldout_authored.jsonl
                   --min-recall 0.97 --min-recall-kind obfuscated=0.95
                   --max-fpr-benign 0.02 --max-fpr-hard-negative 0.10)
  set_tests_properties(detector_eval.dev_corpus detector_eval.obfuscations
                       detector_eval.heldout_authored
                       PROPERTIES LABELS "unit;detector")
endif()
