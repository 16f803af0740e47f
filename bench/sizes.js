// Sizes of what the add-in ships: each page's JavaScript, minified (as built) and gzip-compressed.
"use strict";
const { readFileSync } = require("fs");
const { join } = require("path");
const { gzipSync } = require("zlib");
const { DIST } = require("../scripts/load-bundle");

function bundleSizes(files = ["functions.js", "taskpane.js"]) {
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, minBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sizes, totalGzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

module.exports = { bundleSizes };
