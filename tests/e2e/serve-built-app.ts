// Browser tests' global setup: builds the app once and serves dist/ on a free loopback port.

import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // The e2e mode puts the test hooks on the page (see src/view/app/test-hooks.ts).
  await build({ mode: "e2e", logLevel: "warn" });
  const server = await preview({
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 4173;
  project.provide("appUrl", `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
