import { getAddress, isAddress, isHex } from "viem";
import type { Draft, DraftAction, DraftItem, TemplateInput } from "./draft";

/** The JSON file format of a draft; bumping `version` needs a migration in `parseDraftJson`. */
export const DRAFT_FORMAT = "plenum-draft";
export const DRAFT_VERSION = 1;

/** A draft file's JSON: bigints as decimal strings. */
export type DraftJson = Omit<Draft, "items"> & {
  format: typeof DRAFT_FORMAT;
  version: number;
  items: (Omit<DraftItem, "actions"> & { actions: (Omit<DraftAction, "value"> & { value: string })[] })[];
};

/** Thrown for a file or link that is not a draft, naming the first bad field. */
export class DraftFormatError extends Error {
  override name = "DraftFormatError";
}

/** A draft as plain JSON (for files, links and storage). */
export function draftToJson(d: Draft): DraftJson {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ...d,
    items: d.items.map((i) => ({
      ...i,
      actions: i.actions.map((a) => ({ ...a, value: a.value.toString() })),
    })),
  };
}

const obj = (v: unknown, what: string): Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new DraftFormatError(`${what} is not an object.`);
  return v as Record<string, unknown>;
};
const str = (v: unknown, what: string): string => {
  if (typeof v !== "string") throw new DraftFormatError(`${what} is not text.`);
  return v;
};
const num = (v: unknown, what: string): number => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new DraftFormatError(`${what} is not a number.`);
  return v;
};
const addr = (v: unknown, what: string) => {
  if (typeof v !== "string" || !isAddress(v, { strict: false }))
    throw new DraftFormatError(`${what} is not an address.`);
  return getAddress(v);
};

function action(v: unknown, what: string): DraftAction {
  const a = obj(v, what);
  const value = str(a.value, `${what}.value`);
  if (!/^\d+$/.test(value)) throw new DraftFormatError(`${what}.value is not a whole number of wei.`);
  const calldata = str(a.calldata, `${what}.calldata`);
  if (!isHex(calldata, { strict: true }) || calldata.length % 2 !== 0)
    throw new DraftFormatError(`${what}.calldata is not hex bytes.`);
  const out: DraftAction = { target: addr(a.target, `${what}.target`), value: BigInt(value), calldata };
  if (typeof a.label === "string") out.label = a.label;
  return out;
}

const KINDS = new Set(["grant", "charter-ratify", "charter-retire", "parameter", "custom", "raw"]);

function item(v: unknown, what: string): DraftItem {
  const i = obj(v, what);
  if (!Array.isArray(i.actions)) throw new DraftFormatError(`${what}.actions is not a list.`);
  let input: TemplateInput | null = null;
  if (i.input !== null && i.input !== undefined) {
    const kind = obj(i.input, `${what}.input`).kind;
    if (typeof kind !== "string" || !KINDS.has(kind))
      throw new DraftFormatError(`${what}.input has an unknown kind.`);
    // The inputs only refill forms; the actions are what is proposed, and they are checked above.
    input = i.input as TemplateInput;
  }
  return {
    id: str(i.id, `${what}.id`),
    input,
    actions: i.actions.map((a, k) => action(a, `${what}.actions[${k}]`)),
  };
}

/** Validates untrusted JSON (a file, a link, a stored row) as a draft. */
export function parseDraftJson(json: unknown): Draft {
  const d = obj(json, "The draft");
  if (d.format !== DRAFT_FORMAT) throw new DraftFormatError("This is not a Plenum draft file.");
  if (d.version !== DRAFT_VERSION)
    throw new DraftFormatError(
      `This draft is format version ${String(d.version)}; this app reads version ${DRAFT_VERSION}.`,
    );
  if (!Array.isArray(d.items)) throw new DraftFormatError("items is not a list.");
  return {
    id: str(d.id, "id"),
    chainId: num(d.chainId, "chainId"),
    governor: addr(d.governor, "governor"),
    title: str(d.title, "title"),
    body: str(d.body, "body"),
    items: d.items.map((x, k) => item(x, `items[${k}]`)),
    createdAt: num(d.createdAt, "createdAt"),
    updatedAt: num(d.updatedAt, "updatedAt"),
  };
}

/** Parses a draft file's text; bad JSON gets the same clear error type. */
export function parseDraftText(text: string): Draft {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DraftFormatError("The file is not JSON.");
  }
  return parseDraftJson(json);
}
