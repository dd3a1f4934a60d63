import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { getPublicClient } from "@/chain/client";
import { readBlockTimes } from "@/chain/reads/block-times";
import type { Proposal } from "@/domain/proposals/proposal";
import { type ClockNow, knownBlockTime, withBlockTimes } from "@/domain/proposals/timing";
import { type BlockTimesKeyParams, proposalKeys } from "./keys";

/** A proposal's past creation and voting blocks whose exact time `now` does not know (at most 3). */
export function blocksWithoutTime(p: Proposal, now: ClockNow): number[] {
  const blocks =
    now.mode.kind === "blocknumber"
      ? [p.createdBlock, p.voteStart, p.voteEnd].filter((b) => b <= now.clock)
      : [p.createdBlock];
  return [...new Set(blocks.filter((b) => knownBlockTime(now, b) === undefined).map(Number))];
}

/** Header timestamps of a few past blocks; past blocks do not move, so they never go stale. */
export function proposalBlockTimesQueryOptions(p: BlockTimesKeyParams) {
  return queryOptions({
    queryKey: proposalKeys.blockTimes(p),
    queryFn:
      p.blocks.length === 0
        ? skipToken
        : ({ queryKey: [, , k] }) =>
            readBlockTimes(getPublicClient(k.chainId), k.chainId, k.blocks.map(BigInt)),
    staleTime: Number.POSITIVE_INFINITY,
    // The transport already retries; until (or unless) the headers arrive the page shows estimates.
    retry: false,
  });
}

/** The list's `now` plus exact times for one proposal's own voting window, for its page's timeline. */
export function useProposalClock(
  dao: { chainId: number; governor: Address },
  proposal: Proposal | undefined,
  now: ClockNow | undefined,
): ClockNow | undefined {
  const blocks = proposal && now ? blocksWithoutTime(proposal, now) : [];
  const { data } = useQuery(
    proposalBlockTimesQueryOptions({ chainId: dao.chainId, governor: dao.governor, blocks }),
  );
  return useMemo(() => (now && data ? withBlockTimes(now, data) : now), [now, data]);
}
