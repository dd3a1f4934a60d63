import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { type Abi, type Address, erc20Abi, type Hex } from "viem";
import { getPublicClient } from "@/chain/client";
import type { BalanceWatch } from "@/chain/reads/simulate-actions";

export type { BalanceWatch };

import { readPreflight } from "@/chain/reads/simulate-preflight";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { contentProposalId } from "@/domain/verify/proposal-ids";

/** Inputs of a pre-flight run; amounts as decimal strings so the key hashes as JSON. */
export type PreflightParams = {
  chainId: number;
  governor: Address;
  executor: Address;
  proposer: Address | null;
  actions: { target: Address; value: string; calldata: Hex }[];
  description: string;
  watch: BalanceWatch[];
  /** Bumped by "run again", so a re-run reads the head afresh. */
  run: number;
};

const errorAbi = [...ozGovernorAbi, ...ozTimelockAbi, ...ethicsCharterAbi, ...erc20Abi].filter(
  (i) => i.type === "error",
) as Abi;

/** The pre-flight checks for exactly these actions, description and proposer, at the head. */
export function preflightQueryOptions(p: PreflightParams | null) {
  return queryOptions({
    queryKey: ["builder", "preflight", p] as const,
    queryFn: p
      ? ({ queryKey }) => {
          const k = queryKey[2] as PreflightParams;
          const actions = k.actions.map((a) => ({ ...a, value: BigInt(a.value) }));
          return readPreflight(getPublicClient(k.chainId), {
            ...k,
            actions,
            proposalId: contentProposalId({
              targets: actions.map((a) => a.target),
              values: actions.map((a) => a.value),
              calldatas: actions.map((a) => a.calldata),
              description: k.description,
            }),
            errorAbi,
          });
        }
      : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Runs the pre-flight checks when `p` is set. */
export const usePreflight = (p: PreflightParams | null) => useQuery(preflightQueryOptions(p));
