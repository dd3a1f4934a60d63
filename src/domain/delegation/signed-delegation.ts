import { type Address, getAddress, isAddress, isHex } from "viem";
import type { SignedDelegation } from "@/contracts/delegation-eip712";

/** A signed delegation as portable JSON (bigints as decimal strings). */
export function delegationToJson(d: SignedDelegation): string {
  return JSON.stringify({
    type: "plenum-delegation",
    chainId: d.chainId,
    token: d.token,
    delegator: d.delegator,
    delegatee: d.delegatee,
    nonce: d.nonce.toString(),
    expiry: d.expiry.toString(),
    signature: d.signature,
  });
}

/** The delegation packed for a URL (base64url of its JSON). */
export function delegationToLinkParam(d: SignedDelegation): string {
  return btoa(delegationToJson(d)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const DEC = /^\d{1,78}$/;

/** Reads one delegation from JSON, a link or its parameter; throws an Error saying what is wrong. */
export function parseDelegation(input: string): SignedDelegation {
  let text = input.trim();
  const param = /[?&]delegation=([A-Za-z0-9_-]+)/.exec(text);
  if (param?.[1]) text = param[1];
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith("{") ? text : atob(text.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    throw new Error("This is not a Plenum delegation: the text or link is damaged.");
  }
  const r = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (r.type !== "plenum-delegation") throw new Error("This is not a Plenum delegation.");
  const { chainId, token, delegator, delegatee, nonce, expiry, signature } = r;
  if (typeof chainId !== "number" || !Number.isInteger(chainId))
    throw new Error("The delegation's chain id is missing.");
  for (const [what, v] of [
    ["token", token],
    ["delegator", delegator],
    ["delegatee", delegatee],
  ] as const)
    if (typeof v !== "string" || !isAddress(v))
      throw new Error(`The delegation's ${what} address is malformed.`);
  if (typeof nonce !== "string" || !DEC.test(nonce)) throw new Error("The delegation's nonce is malformed.");
  if (typeof expiry !== "string" || !DEC.test(expiry))
    throw new Error("The delegation's expiry is malformed.");
  if (typeof signature !== "string" || !isHex(signature) || signature.length < 132)
    throw new Error("The delegation's signature is malformed.");
  return {
    chainId,
    token: getAddress(token as string),
    delegator: getAddress(delegator as string),
    delegatee: getAddress(delegatee as string),
    nonce: BigInt(nonce),
    expiry: BigInt(expiry),
    signature,
  };
}

/** Several delegations pasted together: a JSON array, or one JSON object or link per line. */
export function parseDelegations(input: string): SignedDelegation[] {
  const text = input.trim();
  if (text.startsWith("[")) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      throw new Error("The list of delegations is not valid JSON.");
    }
    if (!Array.isArray(list)) throw new Error("The list of delegations is not valid JSON.");
    return list.map((x) => parseDelegation(JSON.stringify(x)));
  }
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(parseDelegation);
}

/** What the chain says now about a delegation's holder, to judge it before any transaction. */
export type DelegationContext = {
  chainId: number;
  token: Address;
  currentNonce: bigint;
  currentDelegate: Address | null;
  balance: bigint;
  nowSeconds: number;
  /** The address the signature recovers to over the delegation as given (null: unrecoverable). */
  signer: Address | null;
};

const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** Whether a delegation belongs to this DAO at all: signed for this chain and this DAO's token. When it fails,
 * its nonce, expiry and signer say nothing about this token, so they are not judged. */
export function delegationScopeProblems(
  d: SignedDelegation,
  here: { chainId: number; token: Address },
): string[] {
  const problems: string[] = [];
  if (d.chainId !== here.chainId)
    problems.push(`It was signed for chain ${d.chainId}, not this chain (${here.chainId}).`);
  if (!same(here.token, d.token))
    problems.push(`It is for another token (${d.token}), not this DAO's: it cannot be submitted here.`);
  return problems;
}

/** Every reason this delegation would fail (or do nothing) if submitted now; empty when it would work. */
export function delegationProblems(d: SignedDelegation, c: DelegationContext): string[] {
  const scope = delegationScopeProblems(d, c);
  if (scope.length > 0) return scope;
  const problems: string[] = [];
  if (!same(c.signer, d.delegator))
    problems.push("The signature does not match the holder: it was altered or signed by someone else.");
  if (d.expiry < BigInt(c.nowSeconds)) problems.push("It has expired: ask the holder to sign again.");
  if (d.nonce < c.currentNonce)
    problems.push(
      "Its nonce is used: it was already submitted (a replay), or the holder signed something newer.",
    );
  else if (d.nonce > c.currentNonce)
    problems.push("It was signed for a later nonce than the holder's current one.");
  if (problems.length === 0 && same(c.currentDelegate, d.delegatee))
    problems.push("The holder already delegates to this address: submitting it would change nothing.");
  if (c.balance === 0n && problems.length === 0)
    problems.push("The holder has no tokens: it would move no votes.");
  return problems;
}

/** Delegations already in a batch for the same holder: only one per holder can succeed (same nonce). */
export function duplicateHolders(list: readonly SignedDelegation[]): Address[] {
  const seen = new Set<string>();
  const dupes: Address[] = [];
  for (const d of list) {
    const k = `${d.chainId}:${d.token.toLowerCase()}:${d.delegator.toLowerCase()}`;
    if (seen.has(k)) dupes.push(d.delegator);
    seen.add(k);
  }
  return dupes;
}
