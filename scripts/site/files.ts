/** The page's data files: classic scripts that assign a global, because a page opened from file:// cannot fetch JSON. */
import { INDEX_GLOBAL, DETAILS_GLOBAL, type SiteDetails, type SiteIndex } from "../../site/src/model.js";

/**
 * JSON.parse over a string literal rather than an object literal: V8 parses JSON faster than the same
 * data as JavaScript. Single quotes, because the JSON text is full of double quotes.
 */
function assignment(global: string, data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/[\\']/g, "\\$&")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `globalThis.${global}=JSON.parse('${json}');\n`;
}

export const indexScript = (index: SiteIndex) => assignment(INDEX_GLOBAL, index);
export const detailsScript = (details: SiteDetails) => assignment(DETAILS_GLOBAL, details);
