/** Unit, bundle, manifest and browser tests; all run by `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/setup/global-setup.js",
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
};
