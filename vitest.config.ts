import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests of src/lib and scripts, tests over the built site in dist/, and browser tests
// that drive Debian's Chromium against dist/ served on localhost. `npm test` builds the site before running them.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
