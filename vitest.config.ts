import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'bot/**/*.test.ts', 'tab/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Room for a slow moment when two files share two cores; no test is about its own speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one file at a time on two cores, yet the suite spends much of its time waiting on
    // Chromium, child processes and jobs: two files at a time took 590 s there instead of 899 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
