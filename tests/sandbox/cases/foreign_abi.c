/* foreign_abi.c: a write(1, "BREACH...") made through a foreign syscall ABI, which the filter
 * cannot read with the native numbers. argv[1] "x32": the x32 bit on a native call;
 * "int80": the i386 ABI through int 0x80. Must be killed (or blocked), never executed. */
#include "attack.h"
#include <sys/mman.h>
#include <sys/syscall.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    if (strcmp(argv[1], "x32") == 0) {
        static const char msg[] = "BREACH x32 write executed\n";
        say("TRYING", "x32 write");
        long r = syscall(0x40000000L | SYS_write, 1, msg, sizeof(msg) - 1);
        BREACH("x32 syscall returned %ld (%s): not stopped", r, strerror(errno));
    } else if (strcmp(argv[1], "int80") == 0) {
        /* The i386 ABI takes 32-bit pointers: the message must live below 4 GiB. */
        char *low = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
        if (low == MAP_FAILED) {
            WRONG("mmap MAP_32BIT: %s", strerror(errno));
            return 1;
        }
        static const char msg[] = "BREACH int80 write executed\n";
        memcpy(low, msg, sizeof(msg));
        say("TRYING", "int 0x80 write");
        long r;
        __asm__ volatile("int $0x80"
                         : "=a"(r)
                         : "a"(4L), "b"(1L), "c"((long)(unsigned long)low),
                           "d"((long)(sizeof(msg) - 1))
                         : "memory");
        BREACH("int 0x80 returned %ld: not stopped", r);
    }
    return 0;
}
