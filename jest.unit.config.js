/**
 * `npm run test:unit`: the fast run while working, everything but the browser (test/e2e/demo),
 * LibreOffice (test/e2e/libreoffice), the production build (test/e2e/build.test.ts) and the
 * large cases (test/perf), a test file per core (jest's default leaves one core to itself).
 * The script sets NPLV_PROPERTY_DEEL=0.25, a quarter of the random cases of the property and
 * fuzz tests, and NPLV_GROTE_GEVALLEN=nee, which skips the large cases marked with itGroot or
 * `groot` (test/support/groteGevallen.ts). `npm test` runs all of it, every case, with
 * jest.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
  ...require('./jest.config'),
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/perf/'],
  maxWorkers: '100%',
};
