/* ptrace_parent.c: attaches to its parent (the keeper). A blocked call. */
#include "attack.h"
#include <sys/ptrace.h>

int main(void)
{
    report_id();
    TRY_BLOCKED(ptrace(PTRACE_ATTACH, getppid(), NULL, NULL), "ptrace(PTRACE_ATTACH, parent)");
    return 0;
}
