/* pch.h: precompiled headers (bits/stdc++.h) for the compile box, built once and kept. */
#ifndef JUDGE_PCH_H
#define JUDGE_PCH_H

#include "judge/lang.h"

#include <stdbool.h>

/*
 * Most competitive C++ includes <bits/stdc++.h>, whose parsing takes most of a compile
 * (1.8 s of 2 here). A language of the languages file may name such a header (pch_header)
 * and how to precompile it with its own compile flags (pch_compile). The precompiled header
 * is built in a compile box like any program, once per compiler (the tools as they are on
 * disk) and command, and kept in the cache area "pch":
 *
 *     <area>/<key>/<header>.gch    as the compiler looks for it ("bits/stdc++.h.gch")
 *     <area>/<key>/stamp           the .gch's inode, size and change time as written
 *
 * It is shown read-only to the compile box at /pch, and the compiler is given -I/pch: GCC
 * takes the .gch in place of the header when the flags match and the header comes first, and
 * otherwise reads the header itself, so a solution compiles to the same program either way.
 * An entry is used only when its stamp matches (a change time cannot be set back: a file
 * changed after the judge wrote it shows), in a cache directory that is the user's alone
 * (cache.h).
 *
 * JUDGE_PCH chooses when one is built: "off" never; "sync" when first needed, before the
 * compile that needs it; otherwise (the default) in a detached process of its own while the
 * compile that needed it goes on without it, so that nobody waits for it.
 */

#define PCH_BOX_DIR "/pch"

/* The host directory to show at PCH_BOX_DIR when lang has a precompiled header ready;
 * malloc'ed, or NULL (none ready: one is built as JUDGE_PCH says, for next time). */
char *pch_ready_dir(const struct language *lang);

/* Whether source (len bytes) includes lang's header on a line of its own:
 * `#include <bits/stdc++.h>` with any spaces. */
bool pch_wanted(const struct language *lang, const char *source, size_t len);

#endif
