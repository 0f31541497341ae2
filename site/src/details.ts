/** data-details.js, loaded the first time a constant is opened (or when the page is idle), never before the first paint. */
import { DETAILS_GLOBAL, type SiteDetails } from "./model.js";

let pending: Promise<SiteDetails> | undefined;

/** The details if data-details.js has already run, so a view can draw them without waiting a turn. */
export const loaded = (): SiteDetails | undefined => (globalThis as Record<string, unknown>)[DETAILS_GLOBAL] as SiteDetails | undefined;

export function loadDetails(): Promise<SiteDetails> {
  pending ??= new Promise((resolve, reject) => {
    const ready = loaded();
    if (ready !== undefined) return resolve(ready);
    // A script element rather than fetch(): a page opened from file:// may load scripts but not read files.
    const script = document.createElement("script");
    script.src = "data-details.js";
    script.onload = () => {
      const data = loaded();
      if (data === undefined) reject(new Error("data-details.js loaded but set no data"));
      else resolve(data);
    };
    script.onerror = () => reject(new Error("data-details.js could not be loaded: rebuild the site with `npm run site`"));
    document.head.append(script);
  });
  return pending;
}
