import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        include: ['tests/unit/**/*.test.ts'],
        environment: 'happy-dom',
        restoreMocks: true,
        // Property tests run thousands of cases in CI; the machine may be busy. A hang still fails.
        testTimeout: 60_000,
      },
    }),
  ),
)
