/** The results list beside every view. */
import type { Catalog } from "./catalog.js";
import { hex } from "./format.js";
import { esc } from "./html.js";
import { nameHref } from "./route.js";
import { parseQuery, searchNames, searchValue, TIER_LABELS, type Hit } from "./search.js";

/** Drawing more than a screenful costs time on every keystroke and helps nobody; the count says how many matched. */
export const SHOWN = 100;
/** Plain matches past which typos are not looked for. */
const ON_TRACK = 20;

export interface Answer {
  readonly hits: readonly Hit[];
  readonly html: string;
  readonly status: string;
}

export function answer(catalog: Catalog, text: string): Answer {
  const query = parseQuery(text);
  if (query === undefined) return { hits: [], html: "", status: "Type a name (tcp_nodelay, keepidle) or a value (16, 0x10)." };
  let hits: Hit[];
  let what = "matching names";
  if (query.kind === "value") {
    const narrow = narrowing(catalog, query.words);
    if (typeof narrow === "string") return { hits: [], html: "", status: narrow };
    hits = searchValue(query.value, catalog.names.length, (i) => catalog.values(i), narrow.platforms, narrow.keep);
    what = `names with the value ${query.value} (${hex(query.value)})${narrow.label}`;
  } else hits = searchNames(query.text, catalog.upper, catalog.names, catalog.letters, ON_TRACK);
  const shown = hits.slice(0, SHOWN);
  const html = shown.map((hit) => item(catalog, hit, query.kind === "value")).join("");
  const status =
    hits.length === 0
      ? `No ${what}.`
      : `${hits.length} ${what}${hits.length > SHOWN ? `, the first ${SHOWN} shown` : ""}.`;
  return { hits, html, status };
}

/** The words after a number: family names, platform ids and OSes; a message for a word that is none of them. */
function narrowing(catalog: Catalog, words: readonly string[]) {
  const families = new Set<number>();
  let platforms: Set<number> | undefined;
  for (const word of words) {
    const family = catalog.families.findIndex((f) => f.name.toUpperCase() === word.toUpperCase());
    const lower = word.toLowerCase();
    const matching = catalog.platforms.map((_, p) => p).filter((p) => catalog.platforms[p] === lower || catalog.osOf(p) === lower);
    if (family >= 0) families.add(family);
    else if (matching.length > 0) for (const p of matching) (platforms ??= new Set()).add(p);
    else return `"${word}" is neither a family, a platform nor an OS: after a number, name those to narrow the search (16 TCP, 0x10 darwin).`;
  }
  const keep = families.size === 0 ? undefined : (i: number) => families.has(catalog.index.family[i]!);
  const parts = [...[...families].map((f) => catalog.families[f]!.name), ...(platforms ? [catalog.platformSet([...platforms])] : [])];
  return { platforms, keep, label: parts.length === 0 ? "" : ` (${parts.join(", ")})` };
}

function item(catalog: Catalog, hit: Hit, byValue: boolean): string {
  const name = catalog.names[hit.index]!;
  const family = catalog.familyOf(hit.index)?.name ?? "";
  const detail = byValue ? `on ${catalog.platformSet(hit.platforms!)}` : valueSummary(catalog.values(hit.index));
  const typo = hit.tier === 4 ? ` <span class="tier">${TIER_LABELS[hit.tier]}</span>` : "";
  return `<li><a href="${esc(nameHref(name))}" data-name="${esc(name)}"><span class="name">${esc(name)}</span>${typo}<span class="meta">${esc(family)} · ${esc(detail)}</span></a></li>`;
}

/** The distinct values a name has, in platform order: one number usually, a few where platforms disagree. */
function valueSummary(values: readonly (number | undefined)[]): string {
  const distinct = [...new Set(values.filter((v): v is number => v !== undefined))];
  const shown = distinct.slice(0, 3).join(" / ");
  return distinct.length > 3 ? `${shown} / …` : shown;
}
