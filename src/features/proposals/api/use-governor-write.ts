import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { type ContractCall, sendContractWrite } from "@/chain/write/contract-write";
import { useWrite } from "@/lib/use-write";
import { proposalKeys } from "./keys";
import type { ScopedStep, WriteScope } from "./write-scope";

/**
 * The governance write hook every proposal action uses: the one write hook, with the last write's step kept
 * together with its scope (account, proposal, action); on success it refreshes this DAO's proposal reads
 * through the key factory plus the synced logs and DAO reads (which pick up the new logs incrementally).
 */
export function useGovernorWrite(chainId: number, governor: Address) {
  const config = useConfig();
  const [scope, setScope] = useState<WriteScope | null>(null);
  const write = useWrite(
    (call: ContractCall, onStep) => sendContractWrite(config, call, onStep),
    (client) =>
      Promise.all([
        ...proposalKeys.ofDao(chainId, governor).map((queryKey) => client.invalidateQueries({ queryKey })),
        // Other areas' keys are theirs to shape; their prefixes refresh only the queries on screen.
        client.invalidateQueries({ queryKey: ["sync"] }),
        client.invalidateQueries({ queryKey: ["dao"] }),
      ]),
  );
  const last: ScopedStep | null = scope && write.step.kind !== "idle" ? { scope, step: write.step } : null;
  return {
    last,
    send: (call: ContractCall, s: WriteScope) => {
      setScope(s);
      return write.send(call);
    },
  };
}
