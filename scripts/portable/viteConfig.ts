/**
 * `vite build --mode portable` (run by scripts/build-portable.ts): the served build's config with the
 * bundle in one file. vite-plugin-singlefile turns code splitting off, so the parts that are lazy in the
 * served build (exporter, 数据维护, table downloads, fflate) are in the one script; our plugin then writes
 * the page (./plugin.ts). Nothing from public/ is copied: what the page needs from there is inlined.
 */
import { resolve } from "node:path";
import type { PluginOption, UserConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { portablePagePlugin } from "./plugin";

/** Where the portable build reads its data: --data <folder> of build:portable, else data/. */
export const PORTABLE_DATA_ENV = "YONGAN_PORTABLE_DATA";

export function portableConfig(
  served: UserConfig & { plugins: PluginOption[] },
  root: string,
): UserConfig {
  return {
    ...served,
    publicDir: false,
    plugins: [
      ...served.plugins,
      viteSingleFile(),
      portablePagePlugin({
        root,
        dataFolder: resolve(root, process.env[PORTABLE_DATA_ENV] ?? "data"),
      }),
    ],
    build: {
      ...served.build,
      outDir: "dist-portable",
      emptyOutDir: true,
      // One file on purpose: the size that matters is checked against its own ceiling (build-portable.ts).
      chunkSizeWarningLimit: 100_000_000,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
