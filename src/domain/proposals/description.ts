import { type Address, getAddress, isAddress } from "viem";

/** A proposal description split for display; `text` is always the full, unmodified stored text. */
export type ParsedDescription = {
  title: string;
  body: string;
  /** The OpenZeppelin `#proposer=0x…` suffix, when the description ends with a well-formed one. */
  proposerSuffix: Address | null;
  text: string;
};

const SUFFIX = /#proposer=(0x[0-9a-fA-F]{40})$/;
const MAX_TITLE = 140;

/** Splits a description into title and body the way Governor UIs agree on: first markdown heading or first line. */
export function parseDescription(text: string): ParsedDescription {
  const suffixMatch = SUFFIX.exec(text);
  const suffix = suffixMatch?.[1];
  const proposerSuffix = suffix && isAddress(suffix, { strict: false }) ? getAddress(suffix) : null;
  const withoutSuffix = suffixMatch ? text.slice(0, suffixMatch.index) : text;
  const lines = withoutSuffix.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first === -1) return { title: "Untitled proposal", body: "", proposerSuffix, text };
  const firstLine = (lines[first] ?? "").trim();
  const title = firstLine.replace(/^#{1,6}(\s+|$)/, "").trim() || "Untitled proposal";
  const body = lines
    .slice(first + 1)
    .join("\n")
    .trim();
  return {
    title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title,
    body,
    proposerSuffix,
    text,
  };
}

/** Whether a `#proposer=` suffix, if any, names the account that actually proposed. */
export function proposerSuffixMatches(parsed: ParsedDescription, proposer: Address): boolean | null {
  if (parsed.proposerSuffix === null) return null;
  return parsed.proposerSuffix.toLowerCase() === proposer.toLowerCase();
}
