/* net.c: libcurl, loaded the first time something is sent over the network (see net.h). */
#define _GNU_SOURCE
#include "judge/net.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdio.h>

#define LIBCURL_SONAME "libcurl.so.4"

const struct net_curl *net_curl(char *err, size_t errlen)
{
    static struct net_curl api;
    static bool loaded;
    if (loaded)
        return &api;

    void *lib = dlopen(LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(err, errlen, "cannot load libcurl (%s): %s; install libcurl4", LIBCURL_SONAME,
                 dlerror());
        return NULL;
    }
    static const char *const names[] = {
        "curl_global_init",  "curl_easy_init",    "curl_easy_setopt",
        "curl_easy_perform", "curl_easy_getinfo", "curl_easy_strerror",
        "curl_easy_cleanup", "curl_slist_append", "curl_slist_free_all",
    };
    void **slots[] = {
        (void **)&api.global_init,  (void **)&api.easy_init,    (void **)&api.easy_setopt,
        (void **)&api.easy_perform, (void **)&api.easy_getinfo, (void **)&api.easy_strerror,
        (void **)&api.easy_cleanup, (void **)&api.slist_append, (void **)&api.slist_free_all,
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        *slots[i] = dlsym(lib, names[i]);
        if (!*slots[i]) {
            snprintf(err, errlen, "%s has no %s: too old a libcurl", LIBCURL_SONAME, names[i]);
            dlclose(lib);
            return NULL;
        }
    }
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(err, errlen, "cannot initialise libcurl");
        dlclose(lib);
        return NULL;
    }
    loaded = true; /* kept loaded for the rest of the process */
    return &api;
}
