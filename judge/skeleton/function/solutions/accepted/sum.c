/* Accepted: the sum in 64 bits. */
long long sum_array(const int *nums, int n)
{
    long long sum = 0;
    for (int i = 0; i < n; i++)
        sum += nums[i];
    return sum;
}
