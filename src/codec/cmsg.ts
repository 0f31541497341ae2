/**
 * Control-message buffers (msg_control of sendmsg and recvmsg; WSAMSG's Control on Windows). The header's
 * fields come from the platform's cmsghdr layout; where data starts, and how each message is padded, from
 * CMSG_LEN(0), CMSG_SPACE(0) and CMSG_SPACE(1) as the platform's compiler computed them.
 */
import { SockconstError, shown } from "../errors.js";
import type { PlatformId } from "../index.js";
import type { LayoutField } from "../layout.js";
import { asBytes, asNumber, checkedInt, readInt, writeInt } from "./bytes.js";
import { targetOf, type Target } from "./target.js";

export interface ControlMessage {
  readonly level: number;
  readonly type: number;
  readonly data: Uint8Array;
}

/** What encodeControlMessages takes: a level and type by value or by name (`"SOL_SOCKET"`, `"SCM_RIGHTS"`). */
export interface ControlMessageInput {
  readonly level: number | string;
  readonly type: number | string;
  readonly data: Uint8Array;
}

interface Header {
  readonly len: LayoutField & { offset: number; size: number };
  readonly level: LayoutField & { offset: number; size: number };
  readonly type: LayoutField & { offset: number; size: number };
  /** sizeof(struct cmsghdr): what must remain for another message to start. */
  readonly size: number;
  /** CMSG_LEN(0): where the data starts. */
  readonly dataOffset: number;
  /** CMSG_SPACE(1) - CMSG_SPACE(0): the alignment of each message's length. */
  readonly align: number;
}

function headerOf(t: Target): Header {
  const layout = t.struct("cmsghdr");
  const field = (name: string) => {
    const f = layout.fields.find((x) => x.name === name);
    if (f?.offset === undefined || f.size === undefined) throw new Error(`${t.id}'s cmsghdr has no ${name}`);
    return f as LayoutField & { offset: number; size: number };
  };
  const { len0, space0, space1 } = t.abi.cmsg;
  return { len: field("cmsg_len"), level: field("cmsg_level"), type: field("cmsg_type"), size: layout.size, dataOffset: len0, align: space1 - space0 };
}

const aligned = (n: number, align: number) => Math.ceil(n / align) * align;

/**
 * The messages of a received control buffer: pass msg_control cut to the msg_controllen recvmsg returned.
 * @throws SockconstError MALFORMED naming the offset of a header cut short or a length that does not fit,
 * INVALID_VALUE, UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT.
 */
export function controlMessages(buffer: Uint8Array, platform?: PlatformId): ControlMessage[] {
  const t = targetOf(platform);
  const bytes = asBytes(buffer, "a control buffer");
  const h = headerOf(t);
  const out: ControlMessage[] = [];
  for (let at = 0; at < bytes.length; ) {
    const left = bytes.length - at;
    if (left < h.size) {
      throw new SockconstError("MALFORMED", `control buffer: ${left} bytes remain at offset ${at}, too few for a message header (${h.size} bytes on ${t.id})`);
    }
    const len = asNumber(readInt(bytes, at + h.len.offset, h.len.size, false, t.littleEndian));
    if (len < h.dataOffset) {
      throw new SockconstError("MALFORMED", `control buffer: the message at offset ${at} has cmsg_len ${len}, less than its own header (${h.dataOffset} bytes on ${t.id})`);
    }
    if (len > left) {
      throw new SockconstError("MALFORMED", `control buffer: the message at offset ${at} has cmsg_len ${len}, but only ${left} bytes remain (a truncated buffer?)`);
    }
    out.push({
      level: asNumber(readInt(bytes, at + h.level.offset, h.level.size, true, t.littleEndian)),
      type: asNumber(readInt(bytes, at + h.type.offset, h.type.size, true, t.littleEndian)),
      data: bytes.slice(at + h.dataOffset, at + len),
    });
    at += aligned(len, h.align);
  }
  return out;
}

/**
 * A control buffer for sendmsg holding the messages in order, each padded as CMSG_SPACE pads it; its length
 * is the msg_controllen to pass.
 * @throws SockconstError INVALID_VALUE (naming the message and field), UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT.
 */
export function encodeControlMessages(messages: readonly ControlMessageInput[], platform?: PlatformId): Uint8Array {
  const t = targetOf(platform);
  if (!Array.isArray(messages)) throw new SockconstError("INVALID_VALUE", `control messages must be an array of { level, type, data }, got ${shown(messages)}`);
  const h = headerOf(t);
  const space = (n: number) => t.abi.cmsg.space0 + aligned(n, h.align);
  const datas = messages.map((m, i) => asBytes((m as ControlMessageInput | undefined)?.data, `control message ${i} data`));
  const bytes = new Uint8Array(datas.reduce((n, d) => n + space(d.length), 0));
  let at = 0;
  messages.forEach((m, i) => {
    const number = (value: unknown, key: string) => {
      const what = `control message ${i} ${key}`;
      const v = typeof value === "string" ? t.constant(value, what) : value;
      return checkedInt(v, h[key === "level" ? "level" : "type"].size, true, what);
    };
    writeInt(bytes, at + h.len.offset, h.len.size, BigInt(h.dataOffset + datas[i]!.length), t.littleEndian);
    writeInt(bytes, at + h.level.offset, h.level.size, number(m.level, "level"), t.littleEndian);
    writeInt(bytes, at + h.type.offset, h.type.size, number(m.type, "type"), t.littleEndian);
    bytes.set(datas[i]!, at + h.dataOffset);
    at += space(datas[i]!.length);
  });
  return bytes;
}
