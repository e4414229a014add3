/* Callgrind client requests for the benchmarks' `instr` mode (tests/CapexRadar.Benchmarks/callgrind/run.sh):
 * the process starts uninstrumented (--instr-atstart=no), warms up at native speed, and counts instructions only
 * between cg_begin() and cg_end(). Outside valgrind the requests are no-ops. */
#include <valgrind/callgrind.h>

void cg_begin(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void cg_end(const char *name) { CALLGRIND_DUMP_STATS_AT(name); CALLGRIND_STOP_INSTRUMENTATION; }
