import { type Address, getAddress, isAddress } from "viem";
import { type Draft, newDraftId } from "./draft";
import { DraftFormatError, draftToJson, parseDraftJson } from "./serialize";

/** Longest share code, in URL characters: past this some browsers, chat apps and servers cut links. */
export const MAX_LINK_CHARS = 6_000;

/** The draft does not fit in a link; the person should share the JSON file instead. */
export class DraftTooLongError extends Error {
  override name = "DraftTooLongError";
  constructor(readonly length: number) {
    super(
      `This draft is too large for a link (${length.toLocaleString("en-US")} of at most ${MAX_LINK_CHARS.toLocaleString("en-US")} characters): share the JSON file instead.`,
    );
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(code: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(code))
    throw new DraftFormatError("The link's draft code has characters a link code never has.");
  const b64 = code.replaceAll("-", "+").replaceAll("_", "/");
  const bin = atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), "="));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The share code of a draft: JSON → deflate-raw → base64url. Ids and times stay out (a reader's copy is new);
 * the author's address goes in when known, since the `#proposer=` suffix, and so the proposal id, depend on it. */
export async function encodeDraftLink(draft: Draft, proposer?: Address | null): Promise<string> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = draftToJson(draft);
  const bytes = new TextEncoder().encode(JSON.stringify(proposer ? { ...rest, proposer } : rest));
  const code = toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
  if (code.length > MAX_LINK_CHARS) throw new DraftTooLongError(code.length);
  return code;
}

/** Opens a share code as a draft with a fresh id; a damaged or foreign code gets a DraftFormatError. */
export async function decodeDraftLink(code: string, now: number): Promise<Draft> {
  return (await decodeSharedDraft(code, now)).draft;
}

/** A shared draft and the author who would publish it (null when the link does not say). */
export type SharedDraft = { draft: Draft; proposer: Address | null };

/** Opens a share code as a draft with a fresh id, and the author's address when the link carries one. */
export async function decodeSharedDraft(code: string, now: number): Promise<SharedDraft> {
  if (code.length > MAX_LINK_CHARS * 2)
    throw new DraftFormatError("The link's draft code is far too long to be one.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      await pipe(fromBase64Url(code), new DecompressionStream("deflate-raw")),
    );
  } catch (e) {
    if (e instanceof DraftFormatError) throw e;
    throw new DraftFormatError(
      "The link's draft code is damaged (it does not decompress); ask for the link again.",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DraftFormatError("The link's draft code is damaged (not JSON).");
  }
  const { proposer, ...rest } = json as { proposer?: unknown };
  if (proposer !== undefined && (typeof proposer !== "string" || !isAddress(proposer, { strict: false })))
    throw new DraftFormatError("The link's proposer is not an address.");
  return {
    draft: parseDraftJson({ ...rest, id: newDraftId(), createdAt: now, updatedAt: now }),
    proposer: proposer === undefined ? null : getAddress(proposer),
  };
}
