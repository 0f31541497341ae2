/** A constant's page: its value on every platform with where each comes from, what it is, since when. */
import type { Context } from "../context.js";
import { loadDetails, loaded } from "../details.js";
import { hex, mostCommon } from "../format.js";
import { esc, link } from "../html.js";
import type { Citation, OptionInfo, SiteDetails } from "../model.js";
import { familyHref, nameHref } from "../route.js";
import { decodeRow, ABSENT } from "../rows.js";
import { partPrefixDistance } from "../search.js";

/** What a name is when no option record says more: read from its family's kind. */
const KIND_ROLE: Record<string, string> = {
  enumeration: "a value of an enumeration",
  flags: "a flag (a bit that combines with others)",
  options: "a socket option",
  levels: "a setsockopt level",
  errors: "an error code",
  ioctls: "an ioctl request",
  values: "a plain value (address, port, limit)",
};

export async function renderName(ctx: Context, name: string): Promise<void> {
  const i = ctx.catalog.indexOf(name);
  if (i === undefined) {
    ctx.main.innerHTML = unknownName(ctx, name);
    return;
  }
  // The values are in the index: show them at once, and where they come from when the details arrive.
  const ready = loaded();
  ctx.main.innerHTML = constantPage(ctx, i, ready);
  performance.mark("sockconst:values");
  if (ready !== undefined) return;
  const details = await loadDetails();
  if (!ctx.current()) return;
  ctx.main.innerHTML = constantPage(ctx, i, details);
}

function unknownName(ctx: Context, name: string): string {
  const upper = name.toUpperCase();
  const near = ctx.catalog.names.filter((_, i) => partPrefixDistance(upper, ctx.catalog.upper[i]!, 2) <= 2).slice(0, 8);
  const list = near.length === 0 ? "" : `<p>Closest names: ${near.map((n) => link(nameHref(n), n)).join(", ")}</p>`;
  return `<h2>${esc(name)}</h2><p role="alert">No platform defines <code>${esc(name)}</code>.</p>${list}`;
}

function constantPage(ctx: Context, i: number, details: SiteDetails | undefined): string {
  const { catalog } = ctx;
  const name = catalog.names[i]!;
  const values = catalog.values(i);
  const family = catalog.familyOf(i);
  const common = mostCommon(values);
  const present = values.filter((v) => v !== undefined).length;
  const distinct = new Set(values.filter((v) => v !== undefined)).size;

  const familyLine =
    family === undefined
      ? "No family claims this name."
      : `Family ${link(familyHref(family.name), family.name)} (${esc(family.kind)}${family.level ? `, level ${levelLink(ctx, family.level)}` : ""}): ${esc(family.description)}`;
  const summary =
    `Defined on ${present} of ${values.length} platforms` +
    (distinct > 1 ? `, with ${distinct} different values; highlighted rows differ from the most common, ${common} (${hex(common!)}).` : `, the same value everywhere.`);

  return `<article class="constant" aria-labelledby="constant-name" data-details="${details === undefined ? "loading" : "loaded"}">
<h2 id="constant-name">${esc(name)}</h2>
<p class="family">${familyLine}</p>
<p>${summary}</p>
${glance(ctx, values, common)}
${valuesTable(ctx, i, common, details)}
${details === undefined ? '<p class="loading" role="status">Reading where each value comes from…</p>' : rolesSection(ctx, i, details) + historySection(ctx, name, details)}
</article>`;
}

/** Every value with the platforms that have it, in one line: the side-by-side view before the detail. */
function glance(ctx: Context, values: readonly (number | undefined)[], common: number | undefined): string {
  const groups = new Map<number | undefined, number[]>();
  values.forEach((v, p) => {
    let list = groups.get(v);
    if (list === undefined) groups.set(v, (list = []));
    list.push(p);
  });
  const absent = groups.get(undefined);
  groups.delete(undefined);
  const items = [...groups].map(
    ([v, ps]) => `<li${v === common ? "" : ' class="differs"'}><span class="num">${v} (${hex(v!)})</span> on ${esc(ctx.catalog.platformSet(ps))}</li>`,
  );
  if (absent !== undefined) items.push(`<li class="absent">absent on ${esc(ctx.catalog.platformSet(absent))}</li>`);
  return `<ul class="glance" aria-label="Values at a glance">${items.join("")}</ul>`;
}

function levelLink(ctx: Context, level: string): string {
  return ctx.catalog.indexOf(level) === undefined ? `<code>${esc(level)}</code>` : link(nameHref(level), level);
}

function valuesTable(ctx: Context, i: number, common: number | undefined, details: SiteDetails | undefined): string {
  const { catalog } = ctx;
  const values = catalog.values(i);
  const origins = details === undefined ? undefined : decodeRow(details.origins[i]!);
  const rows = catalog.platforms.map((platform, p) => {
    const v = values[p];
    if (v === undefined) {
      return `<tr class="absent" data-platform="${esc(platform)}" data-value="absent"><th scope="row">${esc(platform)}</th><td colspan="5">absent</td></tr>`;
    }
    const differs = v !== common;
    const cells = `<th scope="row">${esc(platform)}</th><td class="num">${v}${differs ? '<span class="sr"> (differs)</span>' : ""}</td><td class="num">${hex(v)}</td>`;
    const row = `<tr${differs ? ' class="differs"' : ""} data-platform="${esc(platform)}" data-value="${v}">${cells}`;
    if (details === undefined || origins === undefined) return `${row}<td colspan="3" class="loading">…</td></tr>`;
    const origin = origins[p] === ABSENT ? undefined : origins[p]!.split(".");
    const [header, line, kind, source, text] = origin ?? [];
    const definition =
      text === undefined || text === ""
        ? esc(kind === "e" ? "enumerator" : "macro")
        : `<code>${esc(kind === "e" ? `${catalog.names[i]} = ` : "#define … ")}${esc(details.texts[parseInt(text, 36)]!)}</code>`;
    return `${row}
<td><code>${origin ? `${esc(details.headers[parseInt(header!, 36)]!)}:${parseInt(line!, 36)}` : "?"}</code></td>
<td>${origin ? definition : "?"}</td><td>${origin ? esc(details.sources[parseInt(source!, 36)]!) : "?"}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="values">
<caption>Value on every platform</caption>
<thead><tr><th scope="col">Platform</th><th scope="col">Decimal</th><th scope="col">Hex</th><th scope="col">Header:line</th><th scope="col">Definition</th><th scope="col">Header package</th></tr></thead>
<tbody>${rows.join("")}</tbody>
</table></div>`;
}

function rolesSection(ctx: Context, i: number, details: SiteDetails): string {
  const { catalog } = ctx;
  const name = catalog.names[i]!;
  const records = details.options[name] ?? {};
  const values = catalog.values(i);
  const family = catalog.familyOf(i);
  const oses = catalog.oses.filter((os) => values.some((v, p) => v !== undefined && catalog.osOf(p) === os));
  const recorded = oses.filter((os) => records[os] !== undefined);
  const fallback = `<p>${esc(name)} is ${esc(family ? (KIND_ROLE[family.kind] ?? family.kind) : "a constant no family claims")}.</p>`;
  if (recorded.length === 0) return `<section aria-labelledby="role-heading"><h3 id="role-heading">What it is</h3>${fallback}</section>`;
  const blocks = oses.map((os) => {
    const record = records[os];
    if (record === undefined) return `<section class="os"><h4>${esc(os)}</h4><p>No option record for ${esc(os)}.</p></section>`;
    return `<section class="os" data-os="${esc(os)}"><h4>${esc(os)}</h4>${recordList(ctx, record)}${citations(record.source)}</section>`;
  });
  return `<section aria-labelledby="role-heading"><h3 id="role-heading">What it is, per OS</h3><div class="oses">${blocks.join("")}</div></section>`;
}

const ACCESS: Record<string, string> = { get: "getsockopt only", set: "setsockopt only", "get-set": "getsockopt and setsockopt" };

function recordList(ctx: Context, r: OptionInfo): string {
  const items: [string, string][] = [];
  const roles = r.roles.map((role) =>
    (role === "value" || role === "flag") && r.of !== undefined ? `${esc(role)} of ${levelLink(ctx, r.of)}` : esc(role),
  );
  items.push(["Role", roles.join(", ")]);
  if (r.levels) items.push(["Levels", r.levels.map((l) => levelLink(ctx, l)).join(", ")]);
  if (r.access) items.push(["Access", esc(ACCESS[r.access] ?? r.access)]);
  if (r.type) items.push(["Value type", valueType(r.type)]);
  if (r.untyped) items.push(["Value type", `not stated: ${esc(r.untyped)}`]);
  if (r.unit) items.push(["Unit", esc(r.unit)]);
  if (r.of && !r.roles.some((role) => role === "value" || role === "flag")) items.push(["Of", levelLink(ctx, r.of)]);
  if (r.note) items.push(["Note", esc(r.note)]);
  return `<dl>${items.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function valueType(t: NonNullable<OptionInfo["type"]>): string {
  const facts = [t.kind];
  if (t.size !== undefined) facts.push(`${t.size} byte${t.size === 1 ? "" : "s"}`);
  if (t.signed !== undefined) facts.push(t.signed ? "signed" : "unsigned");
  if (t.max !== undefined) facts.push(`at most ${t.max} bytes`);
  return `${t.c ? `<code>${esc(t.c)}</code> ` : ""}(${esc(facts.join(", "))})`;
}

function citations(list: readonly Citation[]): string {
  const items = list.map(
    (c) =>
      `<li><cite>${esc(c.doc)}</cite>, ${esc(c.from)}${c.section ? `, ${esc(c.section)}` : ""}${c.quote ? `: <q>${esc(c.quote)}</q>` : ""}</li>`,
  );
  return `<p class="sources-label">Sources</p><ul class="sources">${items.join("")}</ul>`;
}

function historySection(ctx: Context, name: string, details: SiteDetails): string {
  const history = details.history?.[name];
  if (history === undefined) return "";
  const rows = ctx.catalog.oses
    .filter((os) => history[os] !== undefined)
    .map((os) => {
      const s = history[os]!;
      return `<tr><th scope="row">${esc(os)}</th><td>${esc(s.text)}</td><td>${s.source ? esc(s.source) : ""}</td></tr>`;
    });
  return `<section aria-labelledby="since-heading"><h3 id="since-heading">Available since</h3>
<table class="since"><thead><tr><th scope="col">OS</th><th scope="col">Since</th><th scope="col">Source</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
