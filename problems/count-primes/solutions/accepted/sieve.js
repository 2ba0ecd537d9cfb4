// One sieve up to the largest query (typed arrays) and prefix counts.
var countPrimes = function(queries) {
    let top = 0;
    for (const n of queries) if (n > top) top = n;
    const composite = new Uint8Array(top + 1);
    for (let i = 2; i * i < top; i++)
        if (!composite[i])
            for (let j = i * i; j < top; j += i) composite[j] = 1;
    const below = new Int32Array(top + 1);  // below[n] = the number of primes < n
    for (let n = 3; n <= top; n++) below[n] = below[n - 1] + (composite[n - 1] ? 0 : 1);
    return queries.map((n) => below[n]);
};
