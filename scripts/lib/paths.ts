import { fileURLToPath } from "node:url";
import path from "node:path";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const dataDir = path.join(root, "data");
export const cacheDir = path.join(root, "headers-cache");
/** Fetched header packages, one folder each (git-ignored). */
export const sourcesDir = path.join(cacheDir, "sources");
/** Include trees (BSD libcs, darwin-xnu) rebuilt from data/sysroots manifests (git-ignored). */
export const sysrootsDir = path.join(cacheDir, "sysroots");
/** Scratch space for probes and apt state (git-ignored). */
export const workDir = path.join(cacheDir, "scratch");
export const generatedDir = path.join(root, "generated");
/** The lookup page built by `npm run site` (git-ignored, as all of dist/). */
export const siteDir = path.join(root, "dist", "site");

/** A path as recorded in committed files: relative to the repository, never this machine's. */
export const repoRelative = (p: string) => path.relative(root, p).split(path.sep).join("/");
