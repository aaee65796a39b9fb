// Vite builds the explorer; Vitest runs the unit tests and the browser tests (built app in headless Chromium).
import { defineConfig } from "vitest/config";
import { basemapPlugin } from "./src/build/basemap-plugin";

export default defineConfig({
  base: "./",
  plugins: [basemapPlugin()],
  // No source maps unless asked for (`vite build --sourcemap`).
  build: { target: "es2022" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          // Property tests run hundreds of cases: on a shared 2-core machine the 5 s default fails them
          // by timing luck, not by a wrong answer. Speed is measured in npm run bench, not here.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/e2e/serve-built-app.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
