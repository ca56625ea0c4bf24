#include "cli.h"

int main(int argc, char** argv) { return baocao::run_cli(argc, argv); }
