#!/usr/bin/env python3
"""Test generator for valid-parentheses: writes OUTDIR/<name>.in for every test.

Format: t, then t lines "L s" (or just "0" for the empty string).
"""
import itertools
import os
import random
import sys

SEED = 20261110
OPEN = "([{"
CLOSE = ")]}"
ALL = "()[]{}"

SAMPLES = {
    "sample-1": "5\n2 ()\n6 ([]{})\n4 ([)]\n1 (\n0\n",
    "sample-2": "3\n3 ())\n4 }{()\n6 {[()]}\n",
}


def fmt(strings):
    lines = [str(len(strings))]
    for s in strings:
        lines.append("%d %s" % (len(s), s) if s else "0")
    return "\n".join(lines) + "\n"


def valid(rng, n):
    """A random balanced string of length n (n even), built with an explicit stack."""
    out, st = [], []
    for i in range(n):
        remaining = n - i
        if st and (len(st) == remaining or rng.random() < 0.5):
            out.append(CLOSE[st.pop()])
        else:
            k = rng.randrange(3)
            st.append(k)
            out.append(OPEN[k])
    return "".join(out)


def mutate(rng, s):
    s = list(s)
    kind = rng.randrange(4)
    i = rng.randrange(len(s))
    if kind == 0:  # change one character
        s[i] = rng.choice([c for c in ALL if c != s[i]])
    elif kind == 1:  # delete one character
        del s[i]
    elif kind == 2:  # insert one character
        s.insert(i, rng.choice(ALL))
    else:  # swap two neighbours
        j = min(i + 1, len(s) - 1)
        s[i], s[j] = s[j], s[i]
    return "".join(s)


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min-empty"] = fmt([""])
    tests["02-single-chars"] = fmt(list(ALL))
    tests["03-closing-first"] = fmt([")(", "][", "}{", ")", "]()", "}[]{}", "())(()"])
    tests["04-wrong-type"] = fmt(["(]", "[}", "{)", "([)]", "{(})", "[(])", "({[}])", "(([]){)}"])
    tests["05-unclosed"] = fmt(["((", "(()", "[{", "{[()]", "((((((((((", "()()(", "{}[]("])
    tests["06-all-empty"] = fmt([""] * 1000)
    tests["07-empties-between"] = fmt(["", "()", "", "(", "", ")", "", "[]{}", "", "", "{"])
    strings = []
    for length in range(5):
        strings.extend("".join(p) for p in itertools.product(ALL, repeat=length))
    tests["08-exhaustive-up-to-4"] = fmt(strings)
    tests["09-random-valid"] = fmt([valid(rng, 2 * rng.randint(1, 50)) for _ in range(500)])
    tests["10-random-mutated"] = fmt([mutate(rng, valid(rng, 2 * rng.randint(1, 50)))
                                      for _ in range(500)])
    strings = []
    for _ in range(100000):
        r = rng.random()
        if r < 0.1:
            strings.append("")
        elif r < 0.55:
            strings.append(valid(rng, 2 * rng.randint(1, 3)))
        else:
            strings.append(mutate(rng, valid(rng, 2 * rng.randint(1, 3))))
    tests["11-max-count-short"] = fmt(strings)

    half = 250000
    opens = [rng.randrange(3) for _ in range(half)]
    deep = "".join(OPEN[k] for k in opens) + "".join(CLOSE[k] for k in reversed(opens))
    tests["12-max-deep-valid"] = fmt([deep])
    bad = list(deep)
    bad[-1] = CLOSE[(opens[0] + 1) % 3]
    tests["13-max-deep-last-wrong"] = fmt(["".join(bad)])
    tests["14-max-random-valid"] = fmt([valid(rng, 500000)])
    # per-type counts balanced, but the order is wrong near the middle
    s = valid(rng, 499996)
    mid = len(s) // 2
    tests["15-max-balanced-counts-crossed"] = fmt([s[:mid] + "([)]" + s[mid:]])
    # 1000 medium strings, every second one mutated
    tests["16-many-medium"] = fmt([mutate(rng, valid(rng, 2 * rng.randint(50, 240)))
                                   if i % 2 else valid(rng, 2 * rng.randint(50, 240))
                                   for i in range(1000)])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
