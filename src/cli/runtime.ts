// The CLI's only door to the library. The published CLI is one esbuild bundle that carries zod but not the
// tables: the build marks these exact import paths external, so the bundle, written to dist/src/cli/, loads
// dist/src/index.js (and, when asked, dist/src/describe.js, dist/src/history.js or dist/src/codec/index.js) at
// run time. Every CLI file imports the library through here for that reason.
export * from "../index.js";

/** sockconst/describe, loaded only by the commands that describe (the CLI starts without it). */
export const describeEntry = () => import("../describe.js");

/** sockconst/history, loaded only by `sockconst since`. */
export const historyEntry = () => import("../history.js");

/** sockconst/codec, with the struct layouts, loaded only when an option's layout is shown. */
export const codecEntry = () => import("../codec/index.js");
