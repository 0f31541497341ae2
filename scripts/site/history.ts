/**
 * The history's answers (src/history.ts, sockconst/history) worded for the page.
 */
import type { SinceInfo } from "../../site/src/model.js";

export type SinceLookup = (name: string, os: string) => unknown;

const textOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;

/**
 * What since() answered, as a sentence. The history's bounds are stated as sampled (`after` < release ≤
 * `atMost`) or exact (`version`), so the sentence keeps that distinction instead of rounding to one number.
 */
export function sinceInfo(answer: unknown): SinceInfo | undefined {
  if (answer === undefined || answer === null) return undefined;
  const plain = textOf(answer);
  if (plain !== undefined) return { text: plain };
  if (typeof answer !== "object") return undefined;
  const a = answer as Record<string, unknown>;
  // A whole history entry ({ since, removed, values }) rather than its `since` bound.
  if (typeof a.since === "object" && a.since !== null) return sinceInfo(a.since);
  const of = textOf(a.of);
  const named = (release: string) => (of === undefined ? release : `${of} ${release}`);
  const version = textOf(a.version);
  const after = textOf(a.after);
  const atMost = textOf(a.atMost);
  let text: string | undefined;
  if (version !== undefined) text = `since ${named(version)}`;
  else if (atMost !== undefined && after !== undefined) text = `after ${named(after)}, by ${named(atMost)}`;
  else if (atMost !== undefined) text = `by ${named(atMost)} (no older release sampled)`;
  text ??= textOf(a.text);
  if (text === undefined) return undefined;
  const source = textOf(a.source);
  return source === undefined ? { text } : { text, source };
}
