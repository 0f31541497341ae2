import type { Catalog } from "./catalog.js";

/** What every view is drawn with. */
export interface Context {
  readonly catalog: Catalog;
  /** The element views draw into. */
  readonly main: HTMLElement;
  /** False once the user has moved on, so a view that waited for data does not draw over the next one. */
  readonly current: () => boolean;
  /** Moves to a hash without adding a history entry (typing in a view's form). */
  readonly replace: (hash: string) => void;
}
