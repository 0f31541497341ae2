import fs from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { loadFamilies, loadTargets } from "../lib/data.js";
import { generatedDir, repoRelative, root } from "../lib/paths.js";
import { writeAtomic } from "../lib/write-atomic.js";
import { readCommitted } from "../harvest/committed.js";
import { asFamilies } from "../harvest/harvest-target.js";
import { platformOrder } from "./order.js";
import { tableModule, metaModule, platformsModule, familiesModule, indexModule } from "./modules.js";

/**
 * Build generated/ from headers-cache/*.json. With `check`, write nothing and return the files that
 * would change (the regeneration test); otherwise write the changed ones and delete stale ones.
 */
export async function generate({ check = false } = {}): Promise<string[]> {
  const targets = loadTargets().sort(platformOrder);
  const families = asFamilies(loadFamilies());
  const harvests = targets.map((t) => {
    const h = readCommitted(t.id);
    if (!h) throw new Error(`headers-cache/${t.id}.json is missing: run \`npm run harvest -- --target ${t.id}\``);
    return h;
  });
  const ids = targets.map((t) => t.id);
  const files = new Map<string, string>();
  // Identical tables (darwin-x64 and darwin-arm64, say) still get a module each: a re-export would make
  // importing one target load two modules.
  for (const h of harvests) {
    files.set(`${h.target}.ts`, tableModule(h, families));
    files.set(`meta/${h.target}.ts`, metaModule(h));
  }
  files.set("platforms.ts", platformsModule(ids));
  files.set("families.ts", familiesModule(families));
  files.set("index.ts", indexModule(ids));

  const changed: string[] = [];
  const manifest = path.join(root, "package.json");
  const pkg = syncExports(fs.readFileSync(manifest, "utf8"), ids);
  if (pkg.changed) {
    changed.push("package.json");
    if (!check) writeAtomic(manifest, pkg.text);
  }
  for (const [name, text] of files) {
    const formatted = await prettier.format(text, { parser: "typescript", printWidth: 120 });
    const file = path.join(generatedDir, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (current === formatted) continue;
    changed.push(repoRelative(file));
    if (!check) writeAtomic(file, formatted);
  }
  for (const stale of listTs(generatedDir)) {
    if (files.has(stale)) continue;
    changed.push(repoRelative(path.join(generatedDir, stale)));
    if (!check) fs.rmSync(path.join(generatedDir, stale));
  }
  return changed;
}

/** The package's exports follow the platform list: the runtime, then one entry per target. */
function syncExports(text: string, ids: string[]): { text: string; changed: boolean } {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const entry = (file: string) => ({ types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` });
  pkg.exports = {
    ".": entry("src/index"),
    ...Object.fromEntries(ids.map((id) => [`./${id}`, entry(`generated/${id}`)])),
    "./package.json": "./package.json",
  };
  const next = `${JSON.stringify(pkg, null, 2)}\n`;
  return { text: next, changed: next !== text };
}

function listTs(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(path.join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith(".ts") ? [`${prefix}${e.name}`] : [],
  );
}
