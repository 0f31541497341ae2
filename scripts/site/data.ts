/**
 * The page's data, built from what the catalog ships (values and families through the runtime) and the
 * records behind it (headers-cache provenance, data/options records, the optional history).
 */
import type { HarvestFile } from "../schema/harvest.js";
import type { OptionsFile } from "../schema/option.js";
import type { SiteDetails, SiteFamily, SiteIndex, OptionInfo, SinceInfo } from "../../site/src/model.js";
import { encodeRow, valueCell, ABSENT } from "../../site/src/rows.js";
import { sinceInfo, type SinceLookup } from "./history.js";

/** The part of the runtime the data is read through: the same calls a user of the package makes. */
export interface RuntimeView<P extends string = string> {
  readonly platforms: readonly P[];
  readonly families: readonly { readonly name: string; readonly kind: string; readonly level?: string; readonly description: string }[];
  table(platform: P): Readonly<Record<string, number>>;
  familyOf(name: string): { readonly name: string } | undefined;
}

export interface SiteInputs<P extends string = string> {
  readonly runtime: RuntimeView<P>;
  /** The OS of each platform id (data/targets). */
  readonly osOf: (platform: P) => string;
  readonly harvest: (platform: P) => HarvestFile;
  readonly options: readonly OptionsFile[];
  readonly since?: SinceLookup;
}

/** Interns strings into a list, so each header, package and macro body is written once. */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.list.push(text) - 1));
    return i;
  }
}

export function buildSiteData<P extends string>(inputs: SiteInputs<P>): { index: SiteIndex; details: SiteDetails } {
  const { runtime } = inputs;
  const platforms = runtime.platforms;
  const tables = platforms.map((p) => runtime.table(p));
  const names = [...new Set(tables.flatMap((t) => Object.keys(t)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const families: SiteFamily[] = runtime.families.map((f) => ({
    name: f.name,
    kind: f.kind,
    ...(f.level === undefined ? {} : { level: f.level }),
    description: f.description,
  }));
  const familyIndex = new Map(families.map((f, i) => [f.name, i]));
  const os = platforms.map(inputs.osOf);

  const index: SiteIndex = {
    platforms,
    os,
    families,
    names,
    family: names.map((n) => familyIndex.get(runtime.familyOf(n)?.name ?? "") ?? -1),
    values: names.map((n) => encodeRow(tables.map((t) => valueCell(t[n])))),
    hasHistory: inputs.since !== undefined,
  };
  return { index, details: buildDetails(inputs, names, tables) };
}

function buildDetails<P extends string>(inputs: SiteInputs<P>, names: readonly string[], tables: readonly Readonly<Record<string, number>>[]): SiteDetails {
  const platforms = inputs.runtime.platforms;
  const harvests = platforms.map((p) => inputs.harvest(p));
  const headers = new Strings();
  const sources = new Strings();
  const texts = new Strings();
  const origins = names.map((name) =>
    encodeRow(
      harvests.map((h, p) => {
        const c = h.constants[name];
        // The harvest is the catalog's input, so a name the table lacks has no origin to show either.
        if (c === undefined || tables[p]![name] === undefined) return ABSENT;
        const source = h.provenance.sources.find((s) => s.package === c.source);
        const label =
          source === undefined
            ? c.source
            : // A BSD tree is rebuilt from the system's sources (data/sysroots): its release names it, not its id.
              source.registry === "sysroot"
              ? `${source.version} include tree (data/sysroots)`
              : `${source.package} ${source.version} (${source.registry})`;
        const text = c.text === undefined ? "" : texts.of(c.text).toString(36);
        return [headers.of(c.header).toString(36), c.line.toString(36), c.kind === "enum" ? "e" : "m", sources.of(label).toString(36), text].join(".");
      }),
    ),
  );

  const options: Record<string, Record<string, OptionInfo>> = {};
  for (const file of inputs.options) {
    for (const { name, ...info } of file.options) (options[name] ??= {})[file.os] = info;
  }

  const details: SiteDetails = {
    provenance: harvests.map((h) => ({ compiler: h.provenance.compiler, triple: h.provenance.triple })),
    headers: headers.list,
    sources: sources.list,
    texts: texts.list,
    origins,
    options,
  };
  if (inputs.since === undefined) return details;
  return { ...details, history: buildHistory(inputs.since, names, platforms.map(inputs.osOf), tables) };
}

function buildHistory(
  since: SinceLookup,
  names: readonly string[],
  osOfPlatform: readonly string[],
  tables: readonly Readonly<Record<string, number>>[],
): Record<string, Record<string, SinceInfo>> {
  const history: Record<string, Record<string, SinceInfo>> = {};
  for (const name of names) {
    // Asked only for the OSes that define the name: "since" means nothing where it is absent.
    const oses = new Set(osOfPlatform.filter((_, p) => tables[p]![name] !== undefined));
    for (const os of oses) {
      const info = sinceInfo(since(name, os));
      if (info !== undefined) (history[name] ??= {})[os] = info;
    }
  }
  return history;
}
