// cheapest-flights-k-stops harness (JavaScript): reads the test, calls
// findCheapestPrice(n, flights, src, dst, k) from the user's solution.js (LeetCode's form:
// `var findCheapestPrice = function(n, flights, src, dst, k) {...}`; a function declaration or
// module.exports does too) and prints the returned price.
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

const findCheapestPrice = userFunction('findCheapestPrice', ['n', 'flights', 'src', 'dst', 'k']);
const data = fs.readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0).map(Number);
const n = data[0], m = data[1], src = data[2], dst = data[3], k = data[4];
const flights = new Array(m);
for (let i = 0; i < m; i++)
    flights[i] = [data[5 + 3 * i], data[6 + 3 * i], data[7 + 3 * i]];
const answer = findCheapestPrice(n, flights, src, dst, k);
process.stdout.write(`${typeof answer === 'bigint' ? answer : Number(answer)}\n`);
