/* net.h: libcurl, loaded the first time something is sent over the network. */
#ifndef JUDGE_NET_H
#define JUDGE_NET_H

#include <curl/curl.h>
#include <stddef.h>

/*
 * libcurl pulls in some thirty libraries (TLS, HTTP/2, Kerberos, LDAP, SSH ...) whose loading
 * and relocation cost every start of the judge several milliseconds, though only the webhook
 * (and later the remote commands) use the network. So the judge does not link it: the first
 * caller loads libcurl.so.4 (its ABI since 2006) with dlopen and gets the functions it uses,
 * as git keeps libcurl in its remote helper and out of `git` itself.
 */
struct net_curl {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    void (*easy_cleanup)(CURL *curl);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
    void (*slist_free_all)(struct curl_slist *list);
};

/* libcurl, loaded and initialised on the first call; NULL with a one-line message in err when
 * it cannot be loaded ("install libcurl4"). Not thread-safe: the judge calls it from one
 * thread. */
const struct net_curl *net_curl(char *err, size_t errlen);

#endif
