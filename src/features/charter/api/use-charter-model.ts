import { useMemo } from "react";
import type { Address } from "viem";
import { charterEventsFrom } from "@/domain/charter/events";
import { principleCountSeries } from "@/domain/charter/history";
import { charterModel } from "@/domain/charter/model";
import { charterProposalsFrom } from "@/domain/charter/proposals";
import type { DaoEvent } from "@/domain/events/decode";
import type { ProposalState } from "@/domain/proposals/state";

/** What the charter model is computed from: the DAO's core events and its charters' events. */
export type CharterInputs = {
  governor: Address;
  coreEvents: readonly DaoEvent[];
  charterEvents: readonly DaoEvent[];
  states?: ReadonlyMap<bigint, ProposalState>;
  adopted: readonly Address[];
  atBlock: number;
  atHead: boolean;
};

/** The charter model and its count series as of a block, derived (memoised) from the synced logs. */
export function useCharterModel(i: CharterInputs | null) {
  const { governor, coreEvents, charterEvents, states, adopted, atBlock, atHead } = i ?? {};
  return useMemo(() => {
    if (!governor || !coreEvents || !charterEvents || !adopted || atBlock === undefined) return null;
    const events = charterEventsFrom(charterEvents);
    const proposals = charterProposalsFrom(coreEvents, governor, states);
    const model = charterModel({ events, proposals, adopted, atBlock, atHead: atHead ?? false });
    return { model, series: principleCountSeries(events, atBlock), logCount: events.length };
  }, [governor, coreEvents, charterEvents, states, adopted, atBlock, atHead]);
}
