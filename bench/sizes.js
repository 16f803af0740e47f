// Sizes of what the add-in ships: each page's JavaScript, minified (as built) and gzip-compressed.
// The pane loads functions.js, taskpane.js and one language chunk (pane-<locale>.js, none for
// English): the total counts the largest of those chunks, the worst language.
"use strict";
const { readFileSync, readdirSync } = require("fs");
const { join } = require("path");
const { gzipSync } = require("zlib");
const { DIST } = require("../scripts/load-bundle");

function sizeOf(file) {
  const bytes = readFileSync(join(DIST, file));
  return { file, minBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function bundleSizes() {
  const languages = readdirSync(DIST)
    .filter((file) => /^pane-.+\.js$/.test(file))
    .map(sizeOf)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sizes = [sizeOf("functions.js"), sizeOf("taskpane.js"), ...languages.slice(0, 1)];
  return { files: sizes, totalGzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

module.exports = { bundleSizes };
