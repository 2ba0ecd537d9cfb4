use std::collections::HashMap;

impl Solution {
    pub fn anagram_group_sizes(words: Vec<String>) -> Vec<i32> {
        let mut groups: HashMap<Vec<u8>, i32> = HashMap::with_capacity(words.len() * 2);
        for w in words {
            let mut key = w.into_bytes();
            key.sort_unstable();
            *groups.entry(key).or_insert(0) += 1;
        }
        let mut sizes: Vec<i32> = groups.into_values().collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        sizes
    }
}
