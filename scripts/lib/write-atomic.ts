import fs from "node:fs";
import path from "node:path";

/** Write through a temporary file and rename, so an interrupted run never leaves half a file. */
export function writeAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
