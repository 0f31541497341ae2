import path from "node:path";
import { number, ref, text, type Node } from "./debug-info.js";

/** A member as debug info describes it: a dotted C access path, its declared type, bits from the struct's start. */
export interface ShapeField {
  name: string;
  type: string;
  bitOffset: number;
  /** Absent for a flexible array member. */
  bitSize?: number;
  bitField: boolean;
  element?: string;
  count?: number;
  /** An array without a bound (a flexible array member): it has an offset and no size. */
  flexible: boolean;
  /** For an integer, or an array of integers: whether the base type is signed (absent for anything else). */
  signed?: boolean;
}

export interface Shape {
  /** The record as its definition names it: `struct sockaddr_in`, `struct _SOCKADDR_HV`, or `struct` when unnamed. */
  record: string;
  file: string;
  line: number;
  bitSize: number;
  fields: ShapeField[];
}

const tags: Record<string, string> = { DW_TAG_structure_type: "struct", DW_TAG_union_type: "union", DW_TAG_enumeration_type: "enum" };

/** Through typedefs and qualifiers to the type itself, where a struct's members are. */
function resolve(nodes: Map<number, Node>, id: number | undefined): Node | undefined {
  let node = id === undefined ? undefined : nodes.get(id);
  while (node && node.kind === "DIDerivedType" && /DW_TAG_(typedef|const_type|volatile_type)/.test(text(node, "tag") ?? "")) {
    node = nodes.get(ref(node, "baseType") ?? -1);
  }
  return node;
}

/**
 * Whether an integer type (through typedefs, and to an array's or an enum's base) is signed, from the base
 * type's DWARF encoding: the same `char` is signed on x86 and unsigned on arm. Undefined for a non-integer.
 */
function signedness(nodes: Map<number, Node>, id: number | undefined): boolean | undefined {
  let node = resolve(nodes, id);
  while (node && /DW_TAG_(array_type|enumeration_type)/.test(text(node, "tag") ?? "")) node = resolve(nodes, ref(node, "baseType"));
  const encoding = node?.kind === "DIBasicType" ? text(node, "encoding") : undefined;
  if (encoding === "DW_ATE_signed" || encoding === "DW_ATE_signed_char") return true;
  if (encoding === "DW_ATE_unsigned" || encoding === "DW_ATE_unsigned_char" || encoding === "DW_ATE_boolean") return false;
  return undefined;
}

/** The type as a C declaration spells it, from the debug info's type tree. */
export function spell(nodes: Map<number, Node>, id: number | undefined): string {
  if (id === undefined) return "void";
  const node = nodes.get(id);
  if (!node || node.kind === "tuple") throw new Error(`debug info: no type node !${id}`);
  const tag = text(node, "tag") ?? "";
  const name = text(node, "name");
  const base = () => spell(nodes, ref(node, "baseType"));
  if (node.kind === "DIBasicType") return name!;
  if (node.kind === "DISubroutineType") return "function";
  if (tag === "DW_TAG_typedef") return name!;
  if (tag === "DW_TAG_pointer_type") return `${base()} *`;
  if (tag === "DW_TAG_const_type") return /\*$/.test(base()) ? `${base()} const` : `const ${base()}`;
  if (tag === "DW_TAG_volatile_type") return `volatile ${base()}`;
  if (tag === "DW_TAG_array_type") return `${base()}${bounds(nodes, node).map((c) => `[${c ?? ""}]`).join("")}`;
  if (tag in tags) return name ? `${tags[tag]} ${name}` : `${tags[tag]} {…}`;
  throw new Error(`debug info: a type clang describes as ${node.kind} ${tag} is not spelled here`);
}

/** Each dimension's element count, outermost first; undefined for an array without a bound. */
function bounds(nodes: Map<number, Node>, array: Node): (number | undefined)[] {
  const list = nodes.get(ref(array, "elements") ?? -1);
  if (!list || list.kind !== "tuple") return [];
  return list.items.map((i) => {
    const count = number(nodes.get(i ?? -1), "count");
    return count === undefined || count < 0 ? undefined : count;
  });
}

/**
 * The struct a type names, and its members in declaration order. Members of a nested record that has
 * no name of its own (the union inside glibc's in6_addr, an anonymous union in Windows' sockaddr_in6) are
 * listed too, as C reaches them: `__in6_u.__u6_addr8`, or straight through an anonymous member.
 */
export function shapeOf(nodes: Map<number, Node>, typeId: number): Shape {
  const record = resolve(nodes, typeId);
  const tag = text(record, "tag") ?? "";
  if (!record || !(tag in tags) || tag === "DW_TAG_enumeration_type") throw new Error(`debug info: the type is not a struct or union (${record?.kind} ${tag})`);
  const fileNode = nodes.get(ref(record, "file") ?? -1);
  const name = text(record, "name");
  return {
    record: name ? `${tags[tag]} ${name}` : tags[tag]!,
    file: path.resolve(text(fileNode, "directory") ?? "", text(fileNode, "filename") ?? ""),
    line: number(record, "line") ?? 0,
    bitSize: number(record, "size") ?? 0,
    fields: members(nodes, record, "", 0),
  };
}

function members(nodes: Map<number, Node>, record: Node, prefix: string, base: number): ShapeField[] {
  const list = nodes.get(ref(record, "elements") ?? -1);
  if (!list || list.kind !== "tuple") return [];
  return list.items.flatMap((id) => {
    const m = nodes.get(id ?? -1);
    if (!m || text(m, "tag") !== "DW_TAG_member") return [];
    const name = text(m, "name");
    const typeId = ref(m, "baseType");
    const type = nodes.get(typeId ?? -1);
    const bitOffset = base + (number(m, "offset") ?? 0);
    const inner = type && (text(type, "tag") ?? "") in tags && text(type, "name") === undefined && text(type, "tag") !== "DW_TAG_enumeration_type" ? type : undefined;
    if (!name) return inner ? members(nodes, inner, prefix, bitOffset) : [];
    const dims = type && text(type, "tag") === "DW_TAG_array_type" ? bounds(nodes, type) : [];
    const flexible = dims.length > 0 && dims[0] === undefined;
    const field: ShapeField = {
      name: `${prefix}${name}`,
      type: spell(nodes, typeId),
      bitOffset,
      // LLVM leaves out a size or offset of zero.
      ...(flexible ? {} : { bitSize: number(m, "size") ?? 0 }),
      bitField: /DIFlagBitField/.test(text(m, "flags") ?? ""),
      flexible,
    };
    const signed = signedness(nodes, typeId);
    if (signed !== undefined) field.signed = signed;
    if (dims.length) {
      const elementType = spell(nodes, ref(type, "baseType"));
      field.element = `${elementType}${dims.slice(1).map((c) => `[${c ?? ""}]`).join("")}`;
      if (!flexible) field.count = dims[0];
    }
    return [field, ...(inner ? members(nodes, inner, `${prefix}${name}.`, bitOffset) : [])];
  });
}
