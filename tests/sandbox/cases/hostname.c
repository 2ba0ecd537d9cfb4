/* hostname.c: the box's host name is "box"; changing it is a blocked call. */
#include "attack.h"
#include <sys/utsname.h>

int main(int argc, char **argv)
{
    report_id();
    struct utsname u;
    if (uname(&u) < 0) {
        WRONG("uname: %s", strerror(errno));
        return 1;
    }
    say("NODENAME", "%s", u.nodename);
    char name[256];
    if (gethostname(name, sizeof(name)) == 0)
        say("HOSTNAME", "%s", name);
    if (argc > 1 && strcmp(argv[1], "set") == 0)
        TRY_BLOCKED(sethostname("pwned", 5), "sethostname");
    done();
    return 0;
}
