import { defineConfig } from "vite";

export default defineConfig({
  // fpgo finds its .wasm next to its JS (`new URL("fpgo_bg.wasm", import.meta.url)`); keep Vite's
  // dependency pre-bundling from moving the JS away from it in `vite dev`.
  optimizeDeps: { exclude: ["fpgo"] },
  build: { target: "es2022" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
