#!/usr/bin/env node
// The `cs-metrics` command: runs the compiled CLI in lib/ (built by `npm run build:cli`, which
// `npm install` runs through "prepare").
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
