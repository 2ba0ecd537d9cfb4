// sliding-window-median harness (JavaScript): reads the test, calls medianSlidingWindow(nums, k) from the
// user's solution.js (LeetCode's form: `var medianSlidingWindow = function(nums, k) {...}`; a
// function declaration or module.exports does too) and prints the returned values in order,
// separated by spaces.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

// The user's function, checked as a compiler would: a missing function or one that needs
// more arguments than the problem passes is reported against the user's file and line.
function userFunction(name, params) {
    const file = path.join(__dirname, 'solution.js');
    let src = fs.readFileSync(file, 'utf8');
    if (src.startsWith('#!'))
        src = '//' + src.slice(2); // a shebang line: kept as a comment, lines unchanged
    const lineOf = () => {
        const lines = src.split('\n');
        const re = new RegExp('\\b' + name + '\\b');
        for (let i = 0; i < lines.length; i++)
            if (re.test(lines[i]))
                return i + 1;
        return 1;
    };
    const mod = { exports: {} };
    const body = src + '\n;return typeof ' + name + ' === "function" ? ' + name + ' : undefined;';
    const run = vm.compileFunction(body, ['exports', 'require', 'module', '__filename', '__dirname'],
                                   { filename: file });
    let fn = run(mod.exports, require, mod, file, __dirname);
    if (typeof fn !== 'function')
        fn = typeof mod.exports === 'function' ? mod.exports : mod.exports[name];
    const wanted = name + '(' + params.join(', ') + ')';
    if (typeof fn !== 'function') {
        process.stderr.write(`${file}:${lineOf()}: no function ${wanted} as the problem asks for\n`);
        process.exit(1);
    }
    if (fn.length > params.length) {
        process.stderr.write(`${file}:${lineOf()}: ${name} takes ${fn.length} parameters; the ` +
                             `problem calls ${wanted}\n`);
        process.exit(1);
    }
    return fn;
}

const medianSlidingWindow = userFunction('medianSlidingWindow', ['nums', 'k']);
const data = fs.readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0).map(Number);
const n = data[0], k = data[1];
const nums = data.slice(2, 2 + n);
const m = n - k + 1;
const res = medianSlidingWindow(nums, k);
if (!res || res.length !== m) {
    process.stderr.write(`harness: medianSlidingWindow must return ${m} values (got ${res && res.length})\n`);
    process.stdout.write('invalid\n');
} else {
    const parts = new Array(m);
    for (let i = 0; i < m; i++)
        parts[i] = String(Number(res[i]));
    process.stdout.write(parts.join(' ') + '\n');
}
