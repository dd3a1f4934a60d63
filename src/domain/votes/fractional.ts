import { type Hex, hexToBigInt, size, slice } from "viem";
import { type Support, supportFromValue } from "./vote";

/** GovernorCountingFractional's support value for a split vote (`type(uint8).max`). */
export const FRACTIONAL_SUPPORT = 255;

/** One support's share of a logged vote: a nominal vote has one part, a fractional vote up to three. */
export type VotePart = { support: Support; weight: bigint };

/** The split a fractional vote's params carry: `abi.encodePacked(uint128 against, uint128 for, uint128 abstain)`
 * (48 bytes); null for any other length. */
export function decodeFractionalParams(
  params: Hex,
): { against: bigint; for: bigint; abstain: bigint } | null {
  if (size(params) !== 48) return null;
  return {
    against: hexToBigInt(slice(params, 0, 16)),
    for: hexToBigInt(slice(params, 16, 32)),
    abstain: hexToBigInt(slice(params, 32, 48)),
  };
}

/** What one VoteCast / VoteCastWithParams log adds to each support, as the governor counted it; null when this
 * kind of vote cannot be counted here (an unknown support value, or a split whose params do not add up). */
export function voteParts(v: {
  support: number;
  weight: bigint;
  params?: Hex | undefined;
}): VotePart[] | null {
  const nominal = supportFromValue(v.support);
  if (nominal) return [{ support: nominal, weight: v.weight }];
  if (v.support !== FRACTIONAL_SUPPORT || v.params === undefined) return null;
  const split = decodeFractionalParams(v.params);
  // The governor logs the weight it used: the sum of the split. Anything else is a module we do not know.
  if (!split || split.against + split.for + split.abstain !== v.weight) return null;
  const parts: VotePart[] = [
    { support: "against", weight: split.against },
    { support: "for", weight: split.for },
    { support: "abstain", weight: split.abstain },
  ];
  return parts.filter((p) => p.weight > 0n);
}
