import { toEventSelector } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { compoundEventTopics } from "../bravo/events-abi";

type EventOf<A extends readonly unknown[], N extends string> = Extract<A[number], { type: "event"; name: N }>;
const events = <const A extends readonly unknown[], const N extends string>(abi: A, names: readonly N[]) =>
  abi.filter((x): x is EventOf<A, N> => {
    const item = x as { type?: string; name?: string };
    return item.type === "event" && names.includes(item.name as N);
  });

/** Governor events (OZ 5): lifecycle, votes, settings, late-quorum extensions. */
export const governorEventsAbi = [
  ...events(ozGovernorAbi, [
    "ProposalCreated",
    "ProposalQueued",
    "ProposalExecuted",
    "ProposalCanceled",
    "VoteCast",
    "VoteCastWithParams",
    "VotingDelaySet",
    "VotingPeriodSet",
    "ProposalThresholdSet",
    "QuorumNumeratorUpdated",
    "TimelockChange",
    "ProposalExtended",
    "LateQuorumVoteExtensionSet",
  ]),
];

/** ERC20Votes events. */
export const tokenEventsAbi = events(ozVotesTokenAbi, [
  "Transfer",
  "DelegateChanged",
  "DelegateVotesChanged",
]);

/** TimelockController events, role changes included. */
export const timelockEventsAbi = events(ozTimelockAbi, [
  "CallScheduled",
  "CallExecuted",
  "CallSalt",
  "Cancelled",
  "MinDelayChange",
  "RoleGranted",
  "RoleRevoked",
  "RoleAdminChanged",
]);

/** EthicsCharter events. */
export const charterEventsAbi = events(ethicsCharterAbi, ["PrincipleRatified", "PrincipleRetired"]);

/** Every event a DAO's core stream carries; topic0s are distinct, so one filter can fetch them all. */
export const daoEventsAbi = [
  ...governorEventsAbi,
  ...tokenEventsAbi,
  ...timelockEventsAbi,
  ...charterEventsAbi,
];

export type DaoEventAbi = typeof daoEventsAbi;

/** topic0 of every DAO event, for the core stream's filter; Compound's (Alpha's VoteCast, its Timelock's
 * transactions) too, so a GovernorAlpha's history syncs like any other. */
export const daoEventTopics = [
  ...new Set([...daoEventsAbi.map((e) => toEventSelector(e)), ...compoundEventTopics]),
];

/** ERC-721 Transfer: the same topic0 as ERC-20's, with the tokenId indexed (4 topics, no data). ERC721Votes
 * tokens emit it; the decoder reads it as a transfer of one vote. */
export const erc721TransferAbi = [
  {
    type: "event",
    name: "Transfer",
    inputs: [
      { name: "from", type: "address", indexed: true },
      { name: "to", type: "address", indexed: true },
      { name: "tokenId", type: "uint256", indexed: true },
    ],
  },
] as const;

/** topic0 of ERC-20 Transfer, for treasury streams on other tokens. */
export const transferTopic = toEventSelector(
  "event Transfer(address indexed from, address indexed to, uint256 value)",
);
