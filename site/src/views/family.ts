/** A family as a matrix of names × platforms, and the list of every family. */
import type { Context } from "../context.js";
import { hex, mostCommon } from "../format.js";
import { esc, link } from "../html.js";
import type { SiteFamily } from "../model.js";
import { familyHref, nameHref } from "../route.js";

/** Bit flags and ioctl codes are read in hex; everything else in decimal. */
const HEX_KINDS = new Set(["flags", "ioctls"]);

export function renderFamilies(ctx: Context): void {
  const { catalog } = ctx;
  const rows = catalog.families.map(
    (f) =>
      `<tr><th scope="row">${link(familyHref(f.name), f.name)}</th><td>${esc(f.kind)}</td><td>${f.level ? esc(f.level) : ""}</td><td class="num">${catalog.membersOf(f).length}</td><td>${esc(f.description)}</td></tr>`,
  );
  ctx.main.innerHTML = `<h2>Families</h2>
<table class="families"><caption>${catalog.families.length} families of constants</caption>
<thead><tr><th scope="col">Family</th><th scope="col">Kind</th><th scope="col">Level</th><th scope="col">Names</th><th scope="col">What</th></tr></thead>
<tbody>${rows.join("")}</tbody></table>`;
}

export function renderFamily(ctx: Context, name: string): void {
  const family = ctx.catalog.family(name);
  if (family === undefined) {
    ctx.main.innerHTML = `<h2>${esc(name)}</h2><p role="alert">There is no family ${esc(name)}.</p><p>${link("#families", "Every family")}</p>`;
    return;
  }
  ctx.main.innerHTML = `<h2>Family ${esc(family.name)}</h2>
<p>${esc(family.description)} Kind: ${esc(family.kind)}${family.level ? `; setsockopt level ${link(nameHref(family.level), family.level)}` : ""}.</p>
<p class="controls">
<label class="check"><input type="checkbox" id="merge" checked> One column for platforms whose values are all the same</label>
<label class="check"><input type="checkbox" id="only-differ"> Only names that differ between platforms (value or presence)</label>
</p>
<div class="legend-wrap"></div>
<div class="matrix-wrap" tabindex="0" role="region" aria-labelledby="matrix-caption"></div>`;
  const merge = ctx.main.querySelector<HTMLInputElement>("#merge")!;
  const onlyDiffering = ctx.main.querySelector<HTMLInputElement>("#only-differ")!;
  const draw = () => {
    const { table, legend } = matrix(ctx, family, merge.checked, onlyDiffering.checked);
    ctx.main.querySelector(".matrix-wrap")!.innerHTML = table;
    ctx.main.querySelector(".legend-wrap")!.innerHTML = legend;
  };
  merge.addEventListener("change", draw);
  onlyDiffering.addEventListener("change", draw);
  draw();
}

/**
 * The platforms as columns, those with identical columns for this family merged: the sixteen Linux ABIs
 * mostly agree, and 25 columns of the same numbers hide the few that differ.
 */
function columns(ctx: Context, members: readonly number[], merge: boolean): number[][] {
  const platforms = ctx.catalog.platforms.map((_, p) => p);
  if (!merge) return platforms.map((p) => [p]);
  const groups = new Map<string, number[]>();
  for (const p of platforms) {
    const signature = members.map((i) => ctx.catalog.values(i)[p] ?? "").join(",");
    let group = groups.get(signature);
    if (group === undefined) groups.set(signature, (group = []));
    group.push(p);
  }
  return [...groups.values()];
}

function matrix(ctx: Context, family: SiteFamily, merge: boolean, onlyDiffering: boolean): { table: string; legend: string } {
  const { catalog } = ctx;
  const show = HEX_KINDS.has(family.kind) ? hex : String;
  const members = catalog.membersOf(family);
  const groups = columns(ctx, members, merge);
  const ids = (group: number[]) => group.map((p) => catalog.platforms[p]!).join(" ");
  const rows: string[] = [];
  for (const i of members) {
    const values = catalog.values(i);
    const present = values.filter((v) => v !== undefined);
    if (onlyDiffering && new Set(present).size <= 1 && present.length === values.length) continue;
    const common = mostCommon(values);
    const cells = groups.map((group) => {
      const v = values[group[0]!];
      const where = `data-platforms="${esc(ids(group))}"`;
      return v === undefined
        ? `<td class="absent" ${where} data-value="absent"><span aria-hidden="true">·</span><span class="sr">absent</span></td>`
        : `<td class="num${v === common ? "" : " differs"}" ${where} data-value="${v}">${show(v)}</td>`;
    });
    const name = catalog.names[i]!;
    rows.push(`<tr data-name="${esc(name)}"><th scope="row">${link(nameHref(name), name)}</th>${cells.join("")}</tr>`);
  }
  const labels = groups.map((g) => columnLabel(ctx, g));
  const heads = groups.map((g, c) => `<th scope="col" title="${esc(ids(g))}"><span>${esc(labels[c]!)}</span></th>`).join("");
  const legend = groups.some((g, c) => labels[c] !== ids(g))
    ? `<ul class="legend" aria-label="Platforms in each column">${groups
        .map((g, c) => (labels[c] === ids(g) ? "" : `<li><b>${esc(labels[c]!)}</b>: ${esc(ids(g).split(" ").join(", "))}</li>`))
        .join("")}</ul>`
    : "";
  const table = `<table class="matrix">
<caption id="matrix-caption">${family.name}: ${rows.length} names × ${catalog.platforms.length} platforms${groups.length < catalog.platforms.length ? ` in ${groups.length} columns` : ""}${HEX_KINDS.has(family.kind) ? " (hex)" : ""}; highlighted values differ from the name's most common value, · is absent</caption>
<thead><tr><th scope="col">Name</th>${heads}</tr></thead>
<tbody>${rows.join("")}</tbody></table>`;
  return { table, legend };
}

/** A column's heading: its platform, or for merged ones the OS when it is all of one, else a count; the legend lists the ids. */
function columnLabel(ctx: Context, group: readonly number[]): string {
  if (group.length === 1) return ctx.catalog.platforms[group[0]!]!;
  const set = ctx.catalog.platformSet(group);
  if (!set.includes(",")) return set;
  const oses = new Set(group.map((p) => ctx.catalog.osOf(p)));
  return oses.size === 1 ? `${[...oses][0]} (${group.length})` : `${group.length} platforms`;
}

