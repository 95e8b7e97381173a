// Nothing fpgo-specific: the package's export conditions give the browser, the server prerender and
// the edge routes each their own entry, and the bundler carries the .wasm each needs.
/** @type {import("next").NextConfig} */
const nextConfig = {
  // This app lives inside the fpgo repository, whose own lockfile would otherwise make Next treat
  // the repository as the workspace root. A standalone app does not need this line.
  turbopack: { root: import.meta.dirname },
};
export default nextConfig;
