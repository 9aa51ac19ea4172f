#!/usr/bin/env node
// Prints the test counts of the jest and Playwright JSON reports as one closing line.
const fs = require('node:fs');

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const [jestFile, playwrightFile] = process.argv.slice(2);
const jest = read(jestFile);
const playwright = read(playwrightFile);

let passed = 0;
let failed = 0;
let skipped = 0;
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
  skipped += jest.numPendingTests;
  console.log(
    `unit: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed in ${jest.numTotalTestSuites} suites`,
  );
} else {
  console.log('unit: no report (the step did not run to the end)');
  failed += 1;
}
if (playwright) {
  const {
    expected = 0,
    unexpected = 0,
    flaky = 0,
    skipped: s = 0,
  } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  skipped += s;
  // a test that passed only on its retry is counted as passed, and said so
  console.log(
    `e2e: ${expected + flaky} passed, ${unexpected} failed${
      flaky ? ` (${flaky} flaky: passed on retry)` : ''
    }`,
  );
} else {
  console.log('e2e: no report (the step did not run to the end)');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
