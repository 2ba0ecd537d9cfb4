/* fexecve_memfd.c: copies /bin/true into a memfd and executes it from there (no path the
 * filter could know). Must be a blocked call (execveat, or execve of /proc/self/fd/N). */
#include "attack.h"
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>

int main(void)
{
    report_id();
    int in = open("/bin/true", O_RDONLY);
    int mfd = memfd_create("payload", MFD_CLOEXEC);
    struct stat st;
    if (in < 0 || mfd < 0 || fstat(in, &st) < 0) {
        WRONG("cannot prepare the memfd: %s", strerror(errno));
        return 1;
    }
    if (sendfile(mfd, in, NULL, (size_t)st.st_size) != st.st_size) {
        WRONG("cannot fill the memfd: %s", strerror(errno));
        return 1;
    }
    char *const argv[] = {"true", NULL};
    char *const envp[] = {NULL};
    TRY_BLOCKED(fexecve(mfd, argv, envp), "fexecve of a memfd");
    return 0;
}
