/**
 * UTF-8, through the TextEncoder and TextDecoder every supported runtime has (Node 18+, Bun, Deno,
 * browsers); declared here because the build's lib is plain ES2022, without the DOM's declarations.
 */
interface Encoder {
  encode(text: string): Uint8Array;
}
interface Decoder {
  decode(bytes: Uint8Array): string;
}
const globals = globalThis as unknown as { TextEncoder: new () => Encoder; TextDecoder: new () => Decoder };

let encoder: Encoder | undefined;
let decoder: Decoder | undefined;

export const utf8 = (text: string): Uint8Array => (encoder ??= new globals.TextEncoder()).encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => (decoder ??= new globals.TextDecoder()).decode(bytes);

/** The bytes before the first NUL (all of them when there is none). */
export function cString(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}
