/** The page: a search box with its results, and a view chosen by the URL hash. */
import { Catalog } from "./catalog.js";
import type { Context } from "./context.js";
import { loadDetails } from "./details.js";
import { element } from "./html.js";
import { INDEX_GLOBAL, type SiteIndex } from "./model.js";
import { answer } from "./results.js";
import { parseHash, type Route } from "./route.js";
import { renderCompare } from "./views/compare.js";
import { renderDecode } from "./views/decode.js";
import { renderFamilies, renderFamily } from "./views/family.js";
import { renderName } from "./views/name.js";

const main = element("#view");
const input = element<HTMLInputElement>("#q");
const results = element<HTMLOListElement>("#results");
const status = element("#count");
const home = main.innerHTML;

const index = (globalThis as Record<string, unknown>)[INDEX_GLOBAL] as SiteIndex | undefined;
if (index === undefined) {
  main.innerHTML = '<p role="alert">data-index.js is missing: rebuild the site with <code>npm run site</code>.</p>';
  throw new Error("data-index.js did not load");
}
const catalog = new Catalog(index);

let shown: string | undefined;
let firstResult = true;

function search(text: string, since?: number): void {
  if (text === shown) return;
  shown = text;
  const found = answer(catalog, text);
  results.innerHTML = found.html;
  status.textContent = found.status;
  markCurrent();
  if (since !== undefined) performance.measure("sockconst:search", { start: since });
  if (firstResult && found.hits.length > 0) {
    firstResult = false;
    performance.mark("sockconst:first-result");
  }
}

/** The open constant, marked in the results list. */
function markCurrent(): void {
  const route = parseHash(location.hash);
  for (const a of results.querySelectorAll("a")) {
    if (route.view === "name" && a.dataset.name === route.name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

let generation = 0;

async function show(route: Route): Promise<void> {
  const mine = ++generation;
  const ctx: Context = {
    catalog,
    main,
    current: () => mine === generation,
    replace: (hash) => {
      history.replaceState(null, "", hash);
      void show(parseHash(hash));
    },
  };
  // A form view keeps its form across its own updates (typing must not lose focus); any other view starts afresh.
  if (main.dataset.view !== route.view) {
    main.dataset.view = route.view;
    main.innerHTML = "";
  }
  switch (route.view) {
    case "home":
      main.innerHTML = home;
      if (route.query !== undefined) {
        input.value = route.query;
        search(route.query);
      }
      document.title = "sockconst: socket constants on every platform";
      break;
    case "name":
      document.title = `${route.name}: sockconst`;
      await renderName(ctx, route.name);
      break;
    case "families":
      document.title = "Families: sockconst";
      renderFamilies(ctx);
      break;
    case "family":
      document.title = `${route.family}: sockconst`;
      renderFamily(ctx, route.family);
      break;
    case "compare":
      document.title = "Compare platforms: sockconst";
      renderCompare(ctx, route);
      break;
    case "decode":
      document.title = "Decode a number: sockconst";
      renderDecode(ctx, route);
      break;
  }
  markCurrent();
  if (mine === generation) performance.mark("sockconst:view");
}

input.addEventListener("input", (event) => search(input.value, event.timeStamp));

element<HTMLFormElement>("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const first = results.querySelector("a");
  if (first !== null) location.hash = first.getAttribute("href")!;
});

// Arrow keys walk from the box through the results and back.
document.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...results.querySelectorAll("a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  event.preventDefault();
  const next = event.key === "ArrowDown" ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

window.addEventListener("hashchange", () => {
  // A link opens its view from the top, not at the scroll position of the view it left.
  window.scrollTo(0, 0);
  void show(parseHash(location.hash));
});
void show(parseHash(location.hash));
if (input.value !== "") search(input.value);

// Work every later step needs is done while nobody is waiting: the value rows (a search by value reads
// them all) and the details (wanted as soon as a constant is opened).
type Deadline = { timeRemaining(): number };
const idle =
  (globalThis as { requestIdleCallback?: (f: (d: Deadline) => void) => void }).requestIdleCallback ??
  ((f: (d: Deadline) => void) => setTimeout(() => f({ timeRemaining: () => 10 }), 50));
const warm = (deadline: Deadline): void => {
  if (catalog.warm(() => deadline.timeRemaining() > 2)) return idle(warm);
  // Searches that try typos on hundreds of names, so the engine has optimized that code before a real one.
  for (const query of ["TCP_Q", "SO_Q", "IP_Q"]) answer(catalog, query);
  performance.mark("sockconst:warm");
  void loadDetails().catch(() => undefined);
};
idle(warm);
