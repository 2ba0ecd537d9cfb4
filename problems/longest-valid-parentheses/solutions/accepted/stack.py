# A stack of indices whose bottom is the last unmatched ')' (or -1): after a ')' matches, the
# valid run ending at it starts just past the new top.
class Solution:
    def longestValid(self, s):
        stack = [-1]
        push, pop = stack.append, stack.pop
        best = 0
        for i, ch in enumerate(s):
            if ch == "(":
                push(i)
            else:
                pop()
                if stack:
                    length = i - stack[-1]
                    if length > best:
                        best = length
                else:
                    push(i)
        return best
