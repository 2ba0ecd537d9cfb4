/* connect.c: connects to the driver's listener on 127.0.0.1 (port in argv[1]). The socket
 * call itself is blocked; the listener must see nothing. */
#include "attack.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[1]))};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    say("TRYING", "socket(AF_INET)");
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        OK("socket: %s", strerror(errno));
        done();
        return 0;
    }
    BREACH("socket(AF_INET) returned %d", fd);
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0)
        BREACH("connected to 127.0.0.1:%s", argv[1]);
    else
        NOTE("connect: %s", strerror(errno));
    done();
    return 0;
}
