import fs from "node:fs";
import path from "node:path";

/**
 * The SDK is written for a case-insensitive file system: WinSock2.h includes <windows.h> for Windows.h,
 * winnt.h includes <DriverSpecs.h> for driverspecs.h. clang's virtual file system overlay with
 * `case-sensitive: false` is chosen over a lower-case symlink view because
 *  - a lower-case view serves only includes written in lower case; the SDK also writes mixed case, so a
 *    view needs one more link per spelling it happens to use, found by trial;
 *  - with `use-external-names` (clang's default) the line markers name the real file in the SDK's own
 *    spelling (WinSock2.h), which is the header the facts record and the file the manifest lists;
 *  - it is written from the manifest at each harvest, so it cannot fall out of step with the staged tree.
 * Each include folder is one overlay root listing its files; anything else falls through to the disk.
 */
interface Entry {
  type: "directory" | "file";
  name: string;
  contents?: Entry[];
  "external-contents"?: string;
}

function insert(dir: Entry, parts: string[], real: string): void {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    dir.contents!.push({ type: "file", name: head!, "external-contents": real });
    return;
  }
  let sub = dir.contents!.find((e) => e.type === "directory" && e.name === head);
  if (!sub) dir.contents!.push((sub = { type: "directory", name: head!, contents: [] }));
  insert(sub, rest, real);
}

/** The overlay's text for `files` (paths relative to `tree`, first component an include folder). */
export function overlayFor(tree: string, includeDirs: string[], files: string[]): string {
  const folded = new Map<string, string>();
  for (const f of files) {
    const other = folded.get(f.toLowerCase());
    if (other !== undefined && other !== f) throw new Error(`${other} and ${f} differ only in case: a case-insensitive lookup cannot choose`);
    folded.set(f.toLowerCase(), f);
  }
  const roots: Entry[] = includeDirs.map((d) => ({ type: "directory", name: path.join(tree, d), contents: [] }));
  for (const f of [...files].sort()) {
    const [top, ...rest] = f.split("/");
    const root = roots[includeDirs.indexOf(top!)];
    if (!root || rest.length === 0) throw new Error(`${f}: not under one of the include folders ${includeDirs.join(", ")}`);
    insert(root, rest, path.join(tree, f));
  }
  return `${JSON.stringify({ version: 0, "case-sensitive": "false", roots }, null, 1)}\n`;
}

export function writeOverlay(file: string, tree: string, includeDirs: string[], files: string[]): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, overlayFor(tree, includeDirs, files));
  return file;
}
