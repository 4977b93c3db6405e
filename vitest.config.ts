import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  // Components rendered in unit tests use React's automatic JSX runtime, as Next does ("jsx": "react-jsx" in tsconfig).
  // Vite 8 (under Vitest 4) transforms TypeScript with Oxc, not esbuild.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/contract/**/*.test.ts"],
    environment: "node",
  },
});
