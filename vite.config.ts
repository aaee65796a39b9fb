// Vite builds the explorer; Vitest runs the unit tests (browser tests live in tests/e2e and run apart).
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
  },
});
