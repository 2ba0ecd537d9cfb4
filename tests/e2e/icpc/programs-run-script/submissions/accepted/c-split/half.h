double half(long long n);
