// The command line of a script that generates one documentation file: it prints the text, or
// with --write writes it to its file.
const { mkdirSync, writeFileSync } = require("fs");
const { dirname } = require("path");

function printOrWrite(output, generate) {
  const text = generate();
  if (process.argv.includes("--write")) {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
  } else {
    process.stdout.write(text);
  }
}

module.exports = { printOrWrite };
