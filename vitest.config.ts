import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test`:
 * unit (pure code, over tests/fixtures), content (the real docs and data), e2e (the built site in Chromium).
 * Timeouts only catch a hung test: some content tests read every page and its git history, which takes
 * about 5 s on a busy two-core machine (vitest's default limit), so unit and content allow 30 s.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
