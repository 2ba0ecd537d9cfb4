# Bit-parallel Levenshtein distance (Myers 1999, in Hyyro's form for whole-string distance).
# One column of the DP table is kept as two bit vectors of vertical deltas (+1 / -1), stored
# in Python integers; each character of t updates the whole column with a few big-integer
# operations, so the 3000 x 3000 table costs about 3000 steps instead of 9 million cells.
import sys


def edit_distance(s, t):
    m = len(s)
    if m == 0:
        return len(t)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    peq = {}
    for i, ch in enumerate(s):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = mask, 0, m  # column 0 is 0, 1, ..., m: every vertical delta is +1
    for ch in t:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask  # row 0 grows by one per column: a +1 enters at the top
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def main():
    lines = sys.stdin.read().split("\n")
    s = lines[0].strip() if lines else ""
    t = lines[1].strip() if len(lines) > 1 else ""
    print(edit_distance(s, t))


main()
