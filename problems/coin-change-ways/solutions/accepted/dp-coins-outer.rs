// Coins in the outer loop, amounts in the inner: each combination counted once, modulo
// 10^9 + 7 at every addition.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        const MOD: u32 = 1_000_000_007;
        let amount = amount as usize;
        let mut ways = vec![0u32; amount + 1];
        ways[0] = 1;
        for &c in &coins {
            let c = c as usize;
            for a in c..=amount {
                let s = ways[a] + ways[a - c];
                ways[a] = if s >= MOD { s - MOD } else { s };
            }
        }
        ways[amount] as i32
    }
}
