import fs from "node:fs";
import type { Target } from "../schema/target.js";
import type { LockedPackage } from "../schema/lock.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import type { StructRecord } from "../schema/struct.js";
import type { LayoutAbi, LayoutFile, LayoutStruct } from "../schema/layout.js";
import { loadLock, loadManifests, loadStructs } from "../lib/data.js";
import { attribute, compilerSetup } from "../probe/include-path.js";
import { cc1Flags } from "../probe/cc1.js";
import { freshDir } from "../probe/compile.js";
import { readIr } from "../probe/probe-source.js";
import { provenanceOf } from "../harvest/provenance.js";
import { compileTus, type Tu } from "./compile.js";
import { globalType, readMetadata } from "./debug-info.js";
import { shapeOf, type Shape } from "./shape.js";
import { abiKeys, abiStruct, key, numbersSource, presencePrefix, shapePrefix, shapeSource, type ProbeUnit } from "./probe.js";

export interface LayoutContext {
  lock: LockedPackage[];
  manifests: SysrootManifest[];
  structs: StructRecord[];
  /** Real include trees given with --sysroot, by target id. */
  sysroots: Map<string, string>;
}

export const loadLayoutContext = (sysroots = new Map<string, string>()): LayoutContext => ({
  lock: loadLock(),
  manifests: loadManifests(),
  structs: loadStructs(),
  sysroots,
});

/** The structs a target's OS lists, grouped so that those with the same headers share a translation unit. */
export function layoutUnits(t: Target, structs: StructRecord[]): ProbeUnit[] {
  const units = new Map<string, ProbeUnit>();
  for (const s of structs) {
    const headers = s.headers[t.os];
    if (!headers) continue;
    const id = headers.join("\n");
    if (!units.has(id)) units.set(id, { headers, structs: [] });
    units.get(id)!.structs.push({ name: s.name, c: s.c });
  }
  return [...units.values()];
}

/** Target flags for cc1, worked out by `zig cc -###` once. */
export async function targetCc1(args: string[]): Promise<string[]> {
  const dir = freshDir();
  return cc1Flags(args, dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

/**
 * A target's struct layouts in two cc1 calls, whatever the number of structs: the first reads each
 * struct's members from its debug info (and which headers exist), the second computes sizeof, _Alignof
 * and every member's offsetof and sizeof, which must agree with the debug info's bits.
 */
export async function harvestLayouts(t: Target, ctx: LayoutContext): Promise<LayoutFile> {
  const { args, roots } = compilerSetup(t, ctx.lock, ctx.sysroots);
  const byName = new Map(ctx.structs.map((s) => [s.name, s]));
  const label = `${t.id} (layouts)`;
  const cc1 = await targetCc1(args);
  const dir = freshDir();
  try {
    const units = layoutUnits(t, ctx.structs);
    const shapeTus: Tu[] = units.map((u, i) => {
      const { source, lineOf } = shapeSource(u);
      return { file: `shape-${i}.c`, source, describe: (line) => lineOf.get(line) ?? `headers ${u.headers.join(", ")}` };
    });
    const shapeIr = await compileTus(cc1, shapeTus, dir, ["-emit-llvm", "-debug-info-kind=standalone", "-dwarf-version=5"], label);

    const problems: string[] = [];
    const lacking: Record<string, string> = {};
    const shapes = new Map<string, Shape>();
    const present: ProbeUnit[] = [];
    units.forEach((u, i) => {
      const ir = fs.readFileSync(shapeIr.get(shapeTus[i]!.file)!, "utf8");
      const missing = u.headers.filter((_, h) => !new RegExp(`^@${presencePrefix}${h} = .*constant i32 1\\b`, "m").test(ir));
      for (const s of u.structs) {
        const why = byName.get(s.name)!.lacking[t.id];
        if (missing.length && why !== undefined) lacking[s.name] = why;
        else if (missing.length) {
          problems.push(
            `${s.name} on ${t.id}: header <${missing.join(">, <")}> does not exist for this target; add the header to the target's include layers, ` +
              `or record why the target lacks it under "lacking" in data/structs/${s.name}.json`,
          );
        } else if (why !== undefined) {
          problems.push(`${s.name} on ${t.id}: data/structs/${s.name}.json says the target lacks a header ("${why}"), but every header exists now: remove that entry`);
        }
      }
      if (missing.length) return;
      const nodes = readMetadata(ir);
      for (const s of u.structs) {
        const type = globalType(ir, nodes, `${shapePrefix}${s.name}`);
        if (type === undefined) problems.push(`${s.name} on ${t.id}: the probe's IR has no debug info for ${s.c}`);
        else shapes.set(s.name, shapeOf(nodes, type));
      }
      present.push(u);
    });
    if (problems.length) throw new Error(`${label}:\n  ${problems.join("\n  ")}`);

    const fields = new Map([...shapes].map(([name, shape]) => [name, shape.fields]));
    const numberTus: Tu[] = present.map((u, i) => {
      const { source, lineOf } = numbersSource(u, fields);
      return { file: `numbers-${i}.c`, source, describe: (line) => lineOf.get(line) };
    });
    const numberIr = await compileTus(cc1, numberTus, dir, ["-emit-llvm"], label);
    const values = new Map<string, bigint>();
    for (const file of numberIr.values()) for (const [k, v] of readIr(fs.readFileSync(file, "utf8"))) values.set(k, v);

    const structs: Record<string, LayoutStruct> = {};
    const used = new Set<string>();
    for (const [name, shape] of [...shapes].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const s = byName.get(name)!;
      const where = attribute(shape.file, roots);
      if (!where) throw new Error(`${label}: ${s.c} is defined in ${shape.file}, outside every include folder of the target`);
      if (!tracesTo(shape)) throw new Error(`${label}: ${s.c}: line ${shape.line} of ${where.header} does not open ${shape.record} (a debug-info misreading)`);
      used.add(where.source);
      structs[name] = assemble(s, shape, values, where, `${label}: ${s.c}`);
    }
    return {
      target: t.id,
      provenance: provenanceOf(t, used, ctx.lock, ctx.manifests),
      ...(present.some((u) => u.structs.some((x) => x.name === abiStruct)) ? { abi: abiOf(values, label) } : {}),
      structs,
      lacking: Object.fromEntries(Object.entries(lacking).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The recorded line must name the record, or open a struct or union under a macro's name (macOS writes
 * `_STRUCT_TIMEVAL`, mingw `struct _WSACMSGHDR` with `#define _WSACMSGHDR cmsghdr`).
 */
function tracesTo(shape: Shape): boolean {
  const line = fs.readFileSync(shape.file, "latin1").split("\n")[shape.line - 1] ?? "";
  const name = shape.record.split(" ")[1];
  return /\b(struct|union)\b/.test(line) || (name !== undefined && line.toUpperCase().includes(name.toUpperCase()));
}

/** The byte order and CMSG numbers the unit holding cmsghdr computed (probe.ts, abiKeys). */
function abiOf(values: Map<string, bigint>, label: string): LayoutAbi {
  const get = (k: string) => {
    const v = values.get(k);
    if (v === undefined) throw new Error(`${label}: the probe computed no ${k}: does the target have struct ${abiStruct} with CMSG_LEN and CMSG_SPACE (WSA_CMSG_* on Windows)?`);
    return Number(v);
  };
  return {
    byteOrder: get(abiKeys.littleEndian) === 1 ? "little" : "big",
    cmsg: { len0: get(abiKeys.cmsgLen0), space0: get(abiKeys.cmsgSpace0), space1: get(abiKeys.cmsgSpace1) },
  };
}

/** The computed numbers, checked against the debug info's bits; bit-fields take their place from the debug info. */
function assemble(s: StructRecord, shape: Shape, values: Map<string, bigint>, where: { header: string; source: string }, label: string): LayoutStruct {
  const get = (k: string) => {
    const v = values.get(k);
    if (v === undefined) throw new Error(`${label}: the compiled probe lacks ${k}`);
    return Number(v);
  };
  const disagree = (what: string, computed: number, bits: number) => {
    if (computed * 8 !== bits) throw new Error(`${label}: ${what} is ${computed} bytes, but the debug info says ${bits} bits`);
  };
  const size = get(key.size(s.name));
  disagree("sizeof", size, shape.bitSize);
  const fields = shape.fields.map((f, i) => {
    const typeFacts = {
      ...(f.element !== undefined ? { element: f.element, ...(f.count !== undefined ? { count: f.count } : {}) } : {}),
      ...(f.signed !== undefined ? { signed: f.signed } : {}),
    };
    if (f.bitField) return { name: f.name, type: f.type, ...typeFacts, bits: { offset: f.bitOffset, width: f.bitSize! } };
    const offset = get(key.offset(s.name, i));
    disagree(`offsetof ${f.name}`, offset, f.bitOffset);
    if (f.flexible) return { name: f.name, type: f.type, offset, ...typeFacts };
    const fieldSize = get(key.fieldSize(s.name, i));
    disagree(`sizeof ${f.name}`, fieldSize, f.bitSize!);
    return { name: f.name, type: f.type, offset, size: fieldSize, ...typeFacts };
  });
  return {
    c: s.c,
    ...(shape.record !== s.c ? { record: shape.record } : {}),
    header: where.header,
    line: shape.line,
    source: where.source,
    size,
    align: get(key.align(s.name)),
    fields,
  };
}
