// One sieve up to the largest query and prefix counts: below[n] = the number of primes < n.
class Solution {
    public int[] countPrimes(int[] queries) {
        int top = 0;
        for (int n : queries) top = Math.max(top, n);
        boolean[] composite = new boolean[top + 1];
        for (long i = 2; i * i < top; i++)
            if (!composite[(int) i])
                for (long j = i * i; j < top; j += i) composite[(int) j] = true;
        int[] below = new int[top + 1];
        for (int n = 3; n <= top; n++) below[n] = below[n - 1] + (composite[n - 1] ? 0 : 1);
        int[] res = new int[queries.length];
        for (int i = 0; i < queries.length; i++) res[i] = below[queries[i]];
        return res;
    }
}
