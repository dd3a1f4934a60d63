import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  isAddress,
  keccak256,
  stringToBytes,
  zeroHash,
} from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import type { FieldError, TemplateResult } from "./template-result";

/** A ratified principle's text as stored: a markdown document with the title as its heading. */
export function principleDocument(title: string, text: string): string {
  return `# ${title.trim()}\n\n${text.trim()}\n`;
}

/** What a ratification records: the URI (the link, or the text itself as a data: URI) and the text's hash. */
export function principleRecord(title: string, text: string, uri: string): { uri: string; contentHash: Hex } {
  const doc = principleDocument(title, text);
  const hasText = text.trim() !== "";
  return {
    uri: uri.trim() || (hasText ? `data:text/markdown;charset=utf-8,${encodeURIComponent(doc)}` : ""),
    contentHash: hasText ? keccak256(stringToBytes(doc)) : zeroHash,
  };
}

const charterError = (charter: string): FieldError | null =>
  isAddress(charter.trim(), { strict: false })
    ? null
    : { field: "charter", message: "Pick the charter contract." };

/** Encodes `ratify(title, uri, contentHash)` on a charter. */
export function encodeRatify(charter: string, title: string, text: string, uri: string): TemplateResult {
  const errors: FieldError[] = [];
  const bad = charterError(charter);
  if (bad) errors.push(bad);
  if (title.trim() === "") errors.push({ field: "title", message: "The principle needs a title." });
  if (text.trim() === "" && uri.trim() === "")
    errors.push({ field: "text", message: "Write the text or give a link to it." });
  if (uri.trim() !== "" && !/^(https?|ipfs|ar|data):/i.test(uri.trim()))
    errors.push({ field: "uri", message: "The link must start with https://, ipfs://, ar:// or data:." });
  if (errors.length) return { ok: false, errors };
  const rec = principleRecord(title, text, uri);
  const target: Address = getAddress(charter.trim());
  return {
    ok: true,
    actions: [
      {
        target,
        value: 0n,
        calldata: encodeFunctionData({
          abi: ethicsCharterAbi,
          functionName: "ratify",
          args: [title.trim(), rec.uri, rec.contentHash],
        }),
        label: `Ratify principle: ${title.trim()}`,
      },
    ],
  };
}

/** Encodes `retire(id, reason)` on a charter. */
export function encodeRetire(charter: string, id: string, reason: string): TemplateResult {
  const errors: FieldError[] = [];
  const bad = charterError(charter);
  if (bad) errors.push(bad);
  if (!/^\d+$/.test(id.trim())) errors.push({ field: "id", message: "Pick the principle to retire." });
  if (reason.trim() === "") errors.push({ field: "reason", message: "Say why it is retired." });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    actions: [
      {
        target: getAddress(charter.trim()),
        value: 0n,
        calldata: encodeFunctionData({
          abi: ethicsCharterAbi,
          functionName: "retire",
          args: [BigInt(id.trim()), reason.trim()],
        }),
        label: `Retire principle #${id.trim()}`,
      },
    ],
  };
}
