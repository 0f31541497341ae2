/** Two platforms side by side: the names whose values differ, and those only one side has. */
import type { Context } from "../context.js";
import { hex } from "../format.js";
import { esc, link, options } from "../html.js";
import { compareHref, nameHref } from "../route.js";

interface Choice {
  readonly a: string;
  readonly b: string;
  readonly family: string | undefined;
}

export function renderCompare(ctx: Context, route: { a?: string; b?: string; family?: string }): void {
  const { catalog } = ctx;
  const choice: Choice = {
    a: route.a && catalog.platforms.includes(route.a) ? route.a : "linux-x64",
    b: route.b && catalog.platforms.includes(route.b) ? route.b : "darwin-arm64",
    family: route.family && catalog.family(route.family) ? route.family : undefined,
  };
  let form = ctx.main.querySelector<HTMLFormElement>("form#compare");
  if (form === null) {
    ctx.main.innerHTML = `<h2>Compare two platforms</h2>
<form id="compare" class="controls">
<label>Platform A <select name="a">${options(catalog.platforms, choice.a)}</select></label>
<label>Platform B <select name="b">${options(catalog.platforms, choice.b)}</select></label>
<label>Family <select name="family"><option value="">every family</option>${options(catalog.families.map((f) => f.name), choice.family)}</select></label>
</form><div id="compare-out"></div>`;
    form = ctx.main.querySelector<HTMLFormElement>("form#compare")!;
    const f = form;
    f.addEventListener("change", () => {
      const field = (n: string) => (f.elements.namedItem(n) as HTMLSelectElement).value;
      ctx.replace(compareHref(field("a"), field("b"), field("family") || undefined));
    });
    f.addEventListener("submit", (e) => e.preventDefault());
  } else {
    // Back/forward or a new link: show the route's choice without rebuilding the form.
    (form.elements.namedItem("a") as HTMLSelectElement).value = choice.a;
    (form.elements.namedItem("b") as HTMLSelectElement).value = choice.b;
    (form.elements.namedItem("family") as HTMLSelectElement).value = choice.family ?? "";
  }
  ctx.main.querySelector("#compare-out")!.innerHTML = differences(ctx, choice);
}

function differences(ctx: Context, { a, b, family }: Choice): string {
  const { catalog } = ctx;
  const pa = catalog.platforms.indexOf(a);
  const pb = catalog.platforms.indexOf(b);
  const wanted = family === undefined ? undefined : catalog.family(family);
  const indices = wanted === undefined ? catalog.names.map((_, i) => i) : catalog.membersOf(wanted);
  const differ: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let same = 0;
  for (const i of indices) {
    const values = catalog.values(i);
    const va = values[pa];
    const vb = values[pb];
    if (va === undefined && vb === undefined) continue;
    const name = catalog.names[i]!;
    const head = `<th scope="row">${link(nameHref(name), name)}</th><td>${esc(catalog.familyOf(i)?.name ?? "")}</td>`;
    const cell = (v: number) => `<td class="num">${v}</td><td class="num">${hex(v)}</td>`;
    if (va !== undefined && vb !== undefined) {
      if (va === vb) same++;
      else differ.push(`<tr data-name="${esc(name)}">${head}${cell(va)}${cell(vb)}</tr>`);
    } else if (va !== undefined) onlyA.push(`<tr data-name="${esc(name)}">${head}${cell(va)}</tr>`);
    else onlyB.push(`<tr data-name="${esc(name)}">${head}${cell(vb!)}</tr>`);
  }
  const scope = family === undefined ? "" : ` in ${family}`;
  const table = (id: string, title: string, rows: string[], cols: string[]) =>
    `<section aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(title)} (${rows.length})</h3>${
      rows.length === 0
        ? "<p>None.</p>"
        : `<table class="list" id="${id}"><thead><tr><th scope="col">Name</th><th scope="col">Family</th>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`
    }</section>`;
  return `<p role="status">${same} names${scope} have the same value on ${esc(a)} and ${esc(b)}; ${differ.length} differ; ${onlyA.length} only on ${esc(a)}; ${onlyB.length} only on ${esc(b)}.</p>
${table("differ", `Different values${scope}`, differ, [`${a}`, "hex", `${b}`, "hex"])}
${table("only-a", `Only on ${a}${scope}`, onlyA, ["value", "hex"])}
${table("only-b", `Only on ${b}${scope}`, onlyB, ["value", "hex"])}`;
}
