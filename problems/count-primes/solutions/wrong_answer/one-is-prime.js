// WRONG: the sieve starts out with every number marked prime and only strikes multiples from 2
// on, so 1 stays marked and is counted: every query n >= 2 is one too many.
var countPrimes = function(queries) {
    let top = 0;
    for (const n of queries) if (n > top) top = n;
    const prime = new Uint8Array(top + 1).fill(1);
    prime[0] = 0;
    for (let i = 2; i * i < top; i++)
        if (prime[i])
            for (let j = i * i; j < top; j += i) prime[j] = 0;
    const below = new Int32Array(top + 1);
    for (let n = 1; n <= top; n++) below[n] = below[n - 1] + prime[n - 1];
    return queries.map((n) => below[n]);
};
