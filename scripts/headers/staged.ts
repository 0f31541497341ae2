import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { sourcesDir } from "../lib/paths.js";

/**
 * What `npm run headers` extracted for a package, written once the .deb's checksum matched the lock:
 * every entry under an include folder, a file by checksum and a link by target. The harvest compares
 * the staged tree with it before each use, so an edited, added or deleted header stops the harvest
 * instead of changing a table (or quietly letting another layer's copy stand in).
 */
interface StagedRecord {
  package: string;
  version: string;
  /** "all": every file was recorded (man pages), not only those under an include folder. */
  scope?: "all";
  files: Record<string, { sha256: string; size: number; mtimeMs: number } | { link: string }>;
}

const recordFile = (name: string) => path.join(sourcesDir, name, ".sockconst-staged.json");
export const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function readRecord(name: string): StagedRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(recordFile(name), "utf8")) as StagedRecord;
  } catch {
    return undefined;
  }
}

export const stagedVersion = (name: string): string | undefined => readRecord(name)?.version;

/** Entries below any `include` folder of a staged package (or all of them), relative to its root. */
function includeEntries(root: string, all = false): string[] {
  const out: string[] = [];
  const walk = (dir: string, inside: boolean) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (dir === root && e.name === ".sockconst-staged.json") continue;
      const full = path.join(dir, e.name);
      const under = inside || all || e.name === "include";
      if (e.isDirectory()) walk(full, under);
      else if (under) out.push(path.relative(root, full));
    }
  };
  if (fs.existsSync(root)) walk(root, false);
  return out.sort();
}

export function markStaged(name: string, version: string, all = false): void {
  const root = path.join(sourcesDir, name);
  const files: StagedRecord["files"] = {};
  for (const rel of includeEntries(root, all)) {
    const full = path.join(root, rel);
    const st = fs.lstatSync(full);
    files[rel] = st.isSymbolicLink() ? { link: fs.readlinkSync(full) } : { sha256: sha256(full), size: st.size, mtimeMs: st.mtimeMs };
  }
  fs.writeFileSync(recordFile(name), `${JSON.stringify({ package: name, version, ...(all ? { scope: "all" as const } : {}), files } satisfies StagedRecord)}\n`);
}

const verified = new Set<string>();

/**
 * Problems of a staged package against its record: missing, added or altered entries. A file whose size
 * and time are as recorded is taken as unchanged; any other is hashed again.
 */
export function stagedProblems(name: string): string[] {
  const record = readRecord(name);
  if (!record) return [`${name}: not staged (no record of what was extracted); run \`npm run headers\``];
  const root = path.join(sourcesDir, name);
  const problems: string[] = [];
  const present = new Set(includeEntries(root, record.scope === "all"));
  for (const [rel, want] of Object.entries(record.files)) {
    const full = path.join(root, rel);
    if (!present.has(rel)) {
      problems.push(`${name}/${rel}: missing`);
      continue;
    }
    const st = fs.lstatSync(full);
    if ("link" in want) {
      if (!st.isSymbolicLink() || fs.readlinkSync(full) !== want.link) problems.push(`${name}/${rel}: no longer the link staged`);
    } else if (st.isSymbolicLink() || ((st.size !== want.size || st.mtimeMs !== want.mtimeMs) && sha256(full) !== want.sha256)) {
      problems.push(`${name}/${rel}: differs from the file staged from the checked package`);
    }
  }
  for (const rel of present) if (!(rel in record.files)) problems.push(`${name}/${rel}: not part of the package`);
  return problems;
}

/** Throws, naming the files, unless the staged package is exactly what was extracted; once per process. */
export function verifyStaged(name: string, version: string, who: string): void {
  if (verified.has(name)) return;
  const staged = stagedVersion(name);
  if (staged !== version) {
    throw new Error(`${who}: header package ${name} ${version} is not staged${staged ? ` (found ${staged})` : ""}; run \`npm run headers\``);
  }
  const problems = stagedProblems(name);
  if (problems.length) {
    throw new Error(
      `${who}: the staged headers of ${name} ${version} were changed after staging:\n  ${problems.slice(0, 10).join("\n  ")}` +
        `${problems.length > 10 ? `\n  … (+${problems.length - 10})` : ""}\nrun \`npm run headers -- --restage\` to extract them again from the checked package`,
    );
  }
  verified.add(name);
}
