import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../lib/paths.js";
import { readJson } from "../lib/data.js";
import { layoutFile, type LayoutFile } from "../schema/layout.js";

export const layoutsDir = path.join(cacheDir, "layouts");
export const layoutPath = (id: string) => path.join(layoutsDir, `${id}.json`);

export function readLayouts(id: string): LayoutFile | undefined {
  const file = layoutPath(id);
  return fs.existsSync(file) ? readJson(file, layoutFile) : undefined;
}

/** Indented JSON with each field on a line of its own, so a diff names the member that moved. */
export function serializeLayouts(f: LayoutFile): string {
  const lines: string[] = [];
  const text = JSON.stringify(f, (k, v: unknown) => {
    if (k !== "fields" || !Array.isArray(v)) return v;
    return v.map((field) => {
      lines.push(JSON.stringify(field).replace(/":/g, '": ').replace(/,"/g, ', "'));
      return `\u0000${lines.length - 1}`;
    });
  }, 1);
  return `${text.replace(/"\\u0000(\d+)"/g, (_, i: string) => lines[Number(i)]!)}\n`;
}
