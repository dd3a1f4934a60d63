import { encodeFunctionData, erc20Abi, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { assembleProposals, type CreatedLog } from "./assemble";

const usd = "0x00000000000000000000000000000000000000a4" as const;
const created: CreatedLog = {
  proposalId: 7n,
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  targets: [usd],
  values: [0n],
  calldatas: [encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [usd, 5n] })],
  voteStart: 100n,
  voteEnd: 200n,
  description: "# Grant\nbody",
  blockNumber: 90n,
};

describe("assembleProposals", () => {
  it("joins content and status, decodes actions and uses the extended deadline", () => {
    const [p] = assembleProposals(
      [created],
      [
        {
          id: 7n,
          state: 1,
          votes: { against: 1n, for: 2n, abstain: 3n },
          deadline: 250n,
          eta: 0n,
          quorum: 4n,
        },
      ],
      [{ address: usd, label: "tUSD", kind: "erc20", abi: erc20Abi, decimals: 6, symbol: "tUSD" }],
    );
    expect(p).toMatchObject({
      id: 7n,
      state: "Active",
      category: "funding",
      voteEnd: 250n,
      eta: null,
      quorum: 4n,
      tally: { against: 1n, for: 2n, abstain: 3n },
      descriptionHash: keccak256(stringToHex("# Grant\nbody")),
    });
    expect(p?.description.title).toBe("Grant");
    expect(p?.decoded[0]?.call?.functionName).toBe("transfer");
  });

  it("drops proposals the governor does not know (state reverted)", () => {
    const statuses = [{ id: 7n, state: null, votes: null, deadline: null, eta: null, quorum: null }];
    expect(assembleProposals([created], statuses, [])).toEqual([]);
  });
});
