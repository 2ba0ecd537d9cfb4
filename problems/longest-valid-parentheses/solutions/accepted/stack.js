// A stack of indices; its bottom is the last unmatched ')' (or -1): after a ')' matches, the
// valid run ending at it starts just past the new top.
var longestValid = function(s) {
    const stack = new Int32Array(s.length + 1);
    let top = 0, best = 0;
    stack[0] = -1;
    for (let i = 0; i < s.length; i++) {
        if (s.charCodeAt(i) === 40) {  // '('
            stack[++top] = i;
        } else if (--top < 0) {
            top = 0;
            stack[0] = i;
        } else if (i - stack[top] > best) {
            best = i - stack[top];
        }
    }
    return best;
};
