/**
 * A number from a trace, named: split into flags for a flag family, or the names with that value for any
 * other. The runtime does the work (decodeFlags, namesOf), so the page answers exactly as the package does.
 */
import { decodeFlags, lookup, namesOf, type PlatformId } from "../../../src/index.js";
import type { Context } from "../context.js";
import { hex, parseNumber } from "../format.js";
import { esc, link, options } from "../html.js";
import { decodeHref, nameHref } from "../route.js";

interface Choice {
  readonly platform: string;
  readonly family: string;
  readonly value: string;
}

export function renderDecode(ctx: Context, route: { platform?: string; family?: string; value?: string }): void {
  const { catalog } = ctx;
  const choice: Choice = {
    platform: route.platform && catalog.platforms.includes(route.platform) ? route.platform : "linux-x64",
    family: route.family && catalog.family(route.family) ? route.family : "MSG",
    value: route.value ?? "",
  };
  let form = ctx.main.querySelector<HTMLFormElement>("form#decode");
  if (form === null) {
    const flags = catalog.families.filter((f) => f.kind === "flags").map((f) => f.name);
    const others = catalog.families.filter((f) => f.kind !== "flags").map((f) => f.name);
    ctx.main.innerHTML = `<h2>Decode a number</h2>
<p>A flag word is split into its flags; any other number is named by every constant of the family with that value.</p>
<form id="decode" class="controls">
<label>Platform <select name="platform">${options(catalog.platforms, choice.platform)}</select></label>
<label>Family <select name="family"><optgroup label="Flag words">${options(flags, choice.family)}</optgroup><optgroup label="Single values">${options(others, choice.family)}</optgroup></select></label>
<label>Number <input name="value" inputmode="text" autocomplete="off" spellcheck="false" placeholder="66 or 0x42" value="${esc(choice.value)}"></label>
</form><div id="decode-out" aria-live="polite"></div>`;
    form = ctx.main.querySelector<HTMLFormElement>("form#decode")!;
    const f = form;
    const go = () => {
      const field = (n: string) => (f.elements.namedItem(n) as HTMLInputElement | HTMLSelectElement).value.trim();
      ctx.replace(decodeHref(field("platform"), field("family"), field("value") || undefined));
    };
    f.addEventListener("input", go);
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      go();
    });
  } else {
    (form.elements.namedItem("platform") as HTMLSelectElement).value = choice.platform;
    (form.elements.namedItem("family") as HTMLSelectElement).value = choice.family;
    const input = form.elements.namedItem("value") as HTMLInputElement;
    // Rewriting the field under the cursor would move the caret while typing.
    if (input.value.trim() !== choice.value) input.value = choice.value;
  }
  ctx.main.querySelector("#decode-out")!.innerHTML = decoded(ctx, choice);
}

/** One platform's answer: names with their values, and the bits left over. */
interface Answer {
  readonly names: readonly string[];
  readonly rest?: number;
}

function answer(value: number, family: string, platform: string, flags: boolean): Answer {
  const id = platform as PlatformId;
  if (!flags) return { names: namesOf(value, family, id) };
  return decodeFlags(value, family, id);
}

function decoded(ctx: Context, choice: Choice): string {
  if (choice.value === "") return "<p>Type a number (decimal, or hex with 0x).</p>";
  const value = parseNumber(choice.value);
  if (value === undefined) return `<p role="alert">${esc(choice.value)} is not a number: write it in decimal (66) or hex (0x42).</p>`;
  const family = ctx.catalog.family(choice.family)!;
  const flags = family.kind === "flags";
  let here: Answer;
  try {
    here = answer(value, family.name, choice.platform, flags);
  } catch (error) {
    return `<p role="alert">${esc(error instanceof Error ? error.message : String(error))}</p>`;
  }
  const id = choice.platform as PlatformId;
  const items = here.names.map(
    (n) => `<li data-name="${esc(n)}">${link(nameHref(n), n)} <span class="num">${hex(lookup(n, id)!)}</span> <span class="num">(${lookup(n, id)})</span></li>`,
  );
  const rest = here.rest ? `<p id="decode-rest">Bits no ${esc(family.name)} flag names: <span class="num">${hex(here.rest)}</span></p>` : "";
  const what = flags ? `${hex(value)} as ${esc(family.name)} flags` : `${family.name} names with the value ${value} (${hex(value)})`;
  const list = items.length === 0 ? `<p>No ${esc(family.name)} name has this value on ${esc(choice.platform)}.</p>` : `<ul id="decoded" class="names">${items.join("")}</ul>`;
  return `<h3>${what} on ${esc(choice.platform)}</h3>${list}${rest}${everywhere(ctx, value, family.name, flags)}`;
}

/** The same number on every platform: a trace from another system often means something else. */
function everywhere(ctx: Context, value: number, family: string, flags: boolean): string {
  const rows = ctx.catalog.platforms.map((platform) => {
    let text: string;
    try {
      const a = answer(value, family, platform, flags);
      const names = a.names.length === 0 ? "—" : a.names.join(flags ? " | " : ", ");
      text = esc(names) + (a.rest ? ` <span class="rest">+ ${hex(a.rest)} unnamed</span>` : "");
    } catch (error) {
      text = esc(error instanceof Error ? error.message : String(error));
    }
    return `<tr data-platform="${esc(platform)}"><th scope="row">${esc(platform)}</th><td>${text}</td></tr>`;
  });
  return `<table class="list"><caption>The same number on every platform</caption><thead><tr><th scope="col">Platform</th><th scope="col">${flags ? "Flags" : "Names"}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
