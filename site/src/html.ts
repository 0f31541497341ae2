/** Every view writes markup as strings (one innerHTML per render is the fastest way to draw a big table). */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export const link = (href: string, text: string, attrs = ""): string => `<a href="${esc(href)}"${attrs}>${esc(text)}</a>`;

export const options = (values: readonly string[], selected: string | undefined, label = (v: string) => v): string =>
  values.map((v) => `<option value="${esc(v)}"${v === selected ? " selected" : ""}>${esc(label(v))}</option>`).join("");

export function element<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`the page has no ${selector}`);
  return found;
}
