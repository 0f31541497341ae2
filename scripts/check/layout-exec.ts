/**
 * npm run check:layouts-exec [-- --target <id>…]
 * The execution check for struct layouts: the layout probe, built as a program that prints every size,
 * alignment, offset and member size (and measures each bit-field in memory), runs here, under qemu-user
 * or under Wine as data/exec/<target>.json says, and every number must equal headers-cache/layouts/<target>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadExec, loadLock, loadStructs, loadTargets } from "../lib/data.js";
import { workDir } from "../lib/paths.js";
import { settleAll } from "../lib/pool.js";
import { runMain } from "../lib/main.js";
import { compilerSetup } from "../probe/include-path.js";
import { readLayouts } from "../layouts/committed.js";
import { layoutUnits, targetCc1 } from "../layouts/harvest-target.js";
import { compileTus, type Tu } from "../layouts/compile.js";
import { abiKeys, key, mainSource, programSource, type ProbeField } from "../layouts/probe.js";
import { execTargets, link, requireTools, run, type ExecResult } from "./exec-check.js";

export async function checkLayouts(id: string): Promise<ExecResult> {
  const rec = loadExec().find((r) => r.target === id);
  if (!rec) throw new Error(`${id}: no data/exec/${id}.json, so the execution check does not know how to build and run it`);
  const t = loadTargets().find((x) => x.id === id)!;
  const committed = readLayouts(id);
  if (!committed) throw new Error(`${id}: headers-cache/layouts/${id}.json is missing; run \`npm run harvest:layouts -- --target ${id}\``);
  requireTools(rec);
  const label = `${id} (layouts)`;

  const units = layoutUnits(t, loadStructs())
    .map((u) => ({ ...u, structs: u.structs.filter((s) => s.name in committed.structs) }))
    .filter((u) => u.structs.length > 0);
  const fields = new Map<string, ProbeField[]>(
    Object.entries(committed.structs).map(([name, s]) => [
      name,
      s.fields.map((f) => ({ name: f.name, bitField: f.bits !== undefined, flexible: f.offset !== undefined && f.size === undefined })),
    ]),
  );
  const dir = path.join(workDir, "exec", id, "layouts");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const fns = units.map((_, i) => `sockconst_print_${i}`);
  const tus: Tu[] = [
    ...units.map((u, i) => ({ file: `unit-${i}.c`, source: programSource(u, fields, fns[i]!), describe: () => u.structs.map((s) => s.c).join(", ") })),
    { file: "main.c", source: mainSource(fns), describe: () => undefined },
  ];
  // The harvest's own cc1 flags, as `zig cc -c` would run them, all units in one call.
  const objects = await compileTus(await targetCc1(compilerSetup(t, loadLock()).args), tus, dir, ["-emit-obj"], label);
  const exe = await link(t, rec, [...objects.values()].map((o) => path.basename(o)), dir, label);
  const printed = await run(rec, exe, dir, label);

  const differences: string[] = [];
  let equal = 0;
  const expect = (what: string, k: string, harvested: number) => {
    const got = printed.get(k);
    if (got === undefined) differences.push(`${what}: harvested ${harvested}, the program printed nothing`);
    else if (Number(got) !== harvested) differences.push(`${what}: harvested ${harvested}, the program printed ${got}`);
    else equal++;
  };
  if (committed.abi !== undefined) {
    const { byteOrder, cmsg } = committed.abi;
    expect("__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__", abiKeys.littleEndian, byteOrder === "little" ? 1 : 0);
    expect("CMSG_LEN(0)", abiKeys.cmsgLen0, cmsg.len0);
    expect("CMSG_SPACE(0)", abiKeys.cmsgSpace0, cmsg.space0);
    expect("CMSG_SPACE(1)", abiKeys.cmsgSpace1, cmsg.space1);
  }
  for (const [name, s] of Object.entries(committed.structs)) {
    expect(`sizeof(${s.c})`, key.size(name), s.size);
    expect(`_Alignof(${s.c})`, key.align(name), s.align);
    s.fields.forEach((f, i) => {
      if (f.bits) {
        expect(`${s.c} ${f.name} first bit`, key.bitOffset(name, i), f.bits.offset);
        expect(`${s.c} ${f.name} bit width`, key.bitWidth(name, i), f.bits.width);
        return;
      }
      expect(`offsetof(${s.c}, ${f.name})`, key.offset(name, i), f.offset!);
      if (f.size !== undefined) expect(`sizeof ${s.c} ${f.name}`, key.fieldSize(name, i), f.size);
    });
  }
  return { target: id, equal, differences };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { target: { type: "string", multiple: true, default: [] } } });
  const chosen = values.target.length ? values.target : execTargets();
  const started = Date.now();
  const results = await settleAll(chosen, checkLayouts);
  let failed = 0;
  results.forEach((r) => {
    if (r.status === "rejected") {
      failed++;
      console.error(`✗ ${(r.reason as Error).message}`);
      return;
    }
    console.log(`${r.value.target}: ${r.value.equal} numbers equal, ${r.value.differences.length} differ`);
    for (const d of r.value.differences) console.log(`  ${d}`);
    if (r.value.differences.length) failed++;
  });
  console.log(`checked the layouts of ${chosen.length} targets in ${((Date.now() - started) / 1000).toFixed(1)} s; ${failed} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) runMain(main);
