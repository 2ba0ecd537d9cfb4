var anagramGroupSizes = function(words) {
    const groups = new Map();
    for (const w of words) {
        const key = w.split('').sort().join('');
        groups.set(key, (groups.get(key) || 0) + 1);
    }
    return Array.from(groups.values()).sort((a, b) => b - a);
};
