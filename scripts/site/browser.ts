/**
 * Debian's Chromium under playwright-core, for the site test and bench: playwright's own browser download
 * cannot reach its host here, and the system package is what `npm run setup` installs (data/system/chromium.json).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { siteDir } from "../lib/paths.js";

export const CHROMIUM = "/usr/bin/chromium";

/** No background traffic of its own: the page must work with no network, and a test must not depend on one. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time, so no cache or stored state from an earlier run can make a page look loaded. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: \`npm run setup\` installs Debian's chromium (data/system/chromium.json)`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The built page as a file:// URL, the way a person opens it from disk. */
export function siteUrl(hash = "", dir = siteDir): string {
  const index = path.join(dir, "index.html");
  if (!fs.existsSync(index)) throw new Error(`${index} is missing: run \`npm run site\` (npm run build does)`);
  return pathToFileURL(index).href + hash;
}
