import fs from "node:fs";
import path from "node:path";

/** Write through a temporary file and rename, so an interrupted run never leaves half a file. */
export function writeAtomic(file: string, content: string): void {
  writeAtomicAll(new Map([[file, content]]));
}

/**
 * Several files, each written only if its content differs: all temporaries are written first, then
 * renamed, so a failure while writing leaves every file as it was.
 */
export function writeAtomicAll(files: Map<string, string>): void {
  const staged: [string, string][] = [];
  try {
    for (const [file, content] of files) {
      if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) continue;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, content);
      staged.push([tmp, file]);
    }
  } catch (error) {
    for (const [tmp] of staged) fs.rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, file] of staged) fs.renameSync(tmp, file);
}
