import type { Address, Hex } from "viem";
import type { FormValue } from "@/domain/abi-form/values";

/** One call of the proposal, exactly as it will be proposed. */
export type DraftAction = { target: Address; value: bigint; calldata: Hex; label?: string };

/** One grant line: a recipient paid in ETH (`asset` "ETH") or an ERC-20 (its address). */
export type GrantLine = { to: string; asset: string; amount: string };

/** The form inputs that produced an item's actions, so it can be edited again. */
export type TemplateInput =
  | { kind: "grant"; lines: GrantLine[] }
  | { kind: "charter-ratify"; charter: string; title: string; text: string; uri: string }
  | { kind: "charter-retire"; charter: string; id: string; reason: string }
  | { kind: "parameter"; setting: string; value: string }
  | { kind: "custom"; target: string; abi: string; signature: string; args: FormValue[]; value: string }
  | { kind: "raw"; target: string; value: string; calldata: string };

/** A block of the draft: one template's inputs and the actions they encode to (null input: imported as-is). */
export type DraftItem = { id: string; input: TemplateInput | null; actions: DraftAction[] };

/** A proposal being written. Times are epoch milliseconds. */
export type Draft = {
  id: string;
  chainId: number;
  governor: Address;
  title: string;
  body: string;
  items: DraftItem[];
  createdAt: number;
  updatedAt: number;
};

/** The proposal's actions in order, flattened from the items. */
export function draftActions(draft: Pick<Draft, "items">): DraftAction[] {
  return draft.items.flatMap((i) => i.actions);
}

/** The description as proposed: a markdown heading with the title, then the body. */
export function draftDescription(draft: Pick<Draft, "title" | "body">): string {
  const body = draft.body.trim();
  return body ? `# ${draft.title.trim()}\n\n${body}` : `# ${draft.title.trim()}`;
}

/** A fresh id (random, so drafts from two browsers never collide). */
export function newDraftId(): string {
  return crypto.randomUUID();
}

/** An empty draft for a DAO. */
export function emptyDraft(chainId: number, governor: Address, now: number): Draft {
  return {
    id: newDraftId(),
    chainId,
    governor,
    title: "",
    body: "",
    items: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Moves item `from` to position `to` (both clamped); returns a new list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [x] = out.splice(from, 1);
  if (x === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, x);
  return out;
}
