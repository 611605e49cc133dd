// Vite builds the UI into ui/dist, which the desktop binary embeds; Vitest runs the UI's unit tests in jsdom.
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

export default defineConfig({
  // svelteTesting: components mount in jsdom with Svelte's browser build (component tests of the canvas).
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 800 },
  test: { environment: "jsdom", include: ["src/**/*.test.ts"] },
});
