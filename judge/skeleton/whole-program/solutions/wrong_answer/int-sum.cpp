// Wrong answer: the sum kept in 32 bits wraps once it passes 2^31 - 1.
#include <iostream>

int main() {
    int n;
    std::cin >> n;
    int sum = 0;
    for (int i = 0; i < n; i++) {
        int x;
        std::cin >> x;
        sum = (int)((unsigned)sum + (unsigned)x);
    }
    std::cout << sum << "\n";
}
