/** The views and their deep links: everything a view shows is in the URL hash, so any view can be linked to. */
export type Route =
  | { readonly view: "home"; readonly query?: string }
  | { readonly view: "name"; readonly name: string }
  | { readonly view: "families" }
  | { readonly view: "family"; readonly family: string }
  | { readonly view: "compare"; readonly a?: string; readonly b?: string; readonly family?: string }
  | { readonly view: "decode"; readonly platform?: string; readonly family?: string; readonly value?: string };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").map(decode);
  const [view, ...rest] = parts;
  switch (view) {
    case "name":
      return rest[0] ? { view: "name", name: rest[0] } : { view: "home" };
    case "family":
      return rest[0] ? { view: "family", family: rest[0] } : { view: "families" };
    case "families":
      return { view: "families" };
    case "compare":
      return { view: "compare", a: rest[0] || undefined, b: rest[1] || undefined, family: rest[2] || undefined };
    case "decode":
      return { view: "decode", platform: rest[0] || undefined, family: rest[1] || undefined, value: rest[2] || undefined };
    case "search":
      return { view: "home", query: rest.join("/") };
    default:
      return { view: "home" };
  }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const join = (...parts: (string | undefined)[]): string => {
  const kept = [...parts];
  while (kept.length > 1 && kept[kept.length - 1] === undefined) kept.pop();
  return `#${kept.map((p) => encodeURIComponent(p ?? "")).join("/")}`;
};

export const nameHref = (name: string) => join("name", name);
export const familyHref = (family: string) => join("family", family);
export const compareHref = (a?: string, b?: string, family?: string) => join("compare", a, b, family);
export const decodeHref = (platform?: string, family?: string, value?: string) => join("decode", platform, family, value);
