import fs from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { loadFamilies, loadOptions, loadTargets } from "../lib/data.js";
import { generatedDir, repoRelative, root } from "../lib/paths.js";
import { writeAtomicAll } from "../lib/write-atomic.js";
import { readCommitted } from "../harvest/committed.js";
import { readLayouts } from "../layouts/committed.js";
import { layoutsModule } from "./layouts.js";
import { optionTypesModule } from "./option-types.js";
import { asFamilies } from "../harvest/harvest-target.js";
import { platformOrder } from "./order.js";
import { aliasNames, libcOnlyNames } from "./secondary.js";
import { pack } from "./pack.js";
import { tableModule, metaModule, metaIndexModule, platformsModule, catalogModule, optionsModule, historyModule } from "./modules.js";
import { rolesByOs } from "./roles.js";
import { readAllHistories } from "../history/output.js";

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
  // Big data modules are written in their final form; prettier formats the rest (a test checks both).
  const data = new Map<string, string>();
  const code = new Map<string, string>();
  for (const h of harvests) {
    data.set(`${h.target}.ts`, tableModule(h, families));
    data.set(`meta/${h.target}.ts`, metaModule(h));
  }
  const options = loadOptions();
  const inputs = harvests.map((h, i) => ({
    id: h.target,
    os: targets[i]!.os,
    constants: Object.fromEntries(Object.entries(h.constants).map(([n, c]) => [n, c.value])),
    aliases: aliasNames(h, families),
    libcOnly: libcOnlyNames(h),
  }));
  data.set("catalog.ts", catalogModule(pack(inputs, families, rolesByOs(options))));
  data.set("options.ts", optionsModule(options));
  data.set("option-types.ts", optionTypesModule(options));
  data.set("layouts.ts", layoutsModule(targets.flatMap((t) => readLayouts(t.id) ?? [])));
  data.set("history.ts", historyModule(readAllHistories()));
  code.set("meta/index.ts", metaIndexModule(ids));
  code.set("platforms.ts", platformsModule(ids));

  const files = new Map<string, string>();
  for (const [name, text] of data) files.set(name, text);
  for (const [name, text] of code) files.set(name, await prettier.format(text, { parser: "typescript", printWidth: 120 }));

  const changed: string[] = [];
  const writes = new Map<string, string>();
  const manifest = path.join(root, "package.json");
  const pkg = syncExports(fs.readFileSync(manifest, "utf8"), ids);
  if (pkg.changed) {
    changed.push("package.json");
    writes.set(manifest, pkg.text);
  }
  for (const [name, text] of files) {
    const file = path.join(generatedDir, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (current === text) continue;
    changed.push(repoRelative(file));
    writes.set(file, text);
  }
  const stale = listTs(generatedDir).filter((f) => !files.has(f));
  changed.push(...stale.map((f) => repoRelative(path.join(generatedDir, f))));
  if (!check) {
    writeAtomicAll(writes);
    for (const f of stale) fs.rmSync(path.join(generatedDir, f));
  }
  return changed;
}

/** The package's exports follow the platform list: the runtime, describe, history, codec, then one entry per target. */
function syncExports(text: string, ids: string[]): { text: string; changed: boolean } {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const entry = (file: string) => ({ types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` });
  pkg.exports = {
    ".": entry("src/index"),
    "./describe": entry("src/describe"),
    "./history": entry("src/history"),
    "./codec": entry("src/codec/index"),
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
