// Stand-alone `detector_eval`: the same as `blastradius eval-detector`.
#include "detector_eval.h"

int main(int argc, char** argv) { return blastradius::EvalDetectorMain(argc, argv); }
