import { oz5Kind } from "@/domain/dao/governor-kind-fixtures";
import type { DaoIdentity } from "@/domain/dao/identity";

const e18 = 10n ** 18n;

/** The devnet's AI Commons as the overview receives it (block clock, timelock treasury). */
export const aiCommons: DaoIdentity = {
  chainId: 31337,
  governor: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  name: "AI Commons Governor",
  version: "1",
  kind: oz5Kind,
  blockNumber: 1234n,
  clock: { kind: "blocknumber" },
  clockNow: 1234n,
  blockSeconds: 12,
  countingMode: { support: "bravo", quorum: ["for", "abstain"], params: null },
  votingDelay: 1n,
  votingPeriod: 300n,
  proposalThreshold: 1_000n * e18,
  quorum: { numerator: 4n, denominator: 100n, percent: "4%" },
  quorumVotes: 40_000n * e18,
  proposalCount: null,
  needsQueuing: true,
  token: {
    address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    name: "AI Commons",
    symbol: "AIC",
    decimals: 18,
    kind: "erc20",
    totalSupply: 1_000_000n * e18,
    supplyFrom: "totalSupply",
    wholeVotes: false,
    unnamed: false,
  },
  timelock: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  treasury: {
    address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
    ethBalance: 25n * e18,
    isTimelock: true,
  },
};

/** The devnet's Compute Guild: timestamp clock, proposal count, no timelock. */
export const computeGuild: DaoIdentity = {
  ...aiCommons,
  governor: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
  name: "Compute Guild Governor",
  clock: { kind: "timestamp" },
  votingDelay: 3_600n,
  votingPeriod: 86_400n,
  quorum: { numerator: 10n, denominator: 100n, percent: "10%" },
  proposalCount: 7n,
  needsQueuing: false,
  timelock: null,
  treasury: { address: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9", ethBalance: 0n, isTimelock: false },
};
