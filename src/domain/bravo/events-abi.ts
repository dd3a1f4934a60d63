import { parseAbi, toEventSelector } from "viem";

/** GovernorAlpha's VoteCast: support is a bool and there is no reason (voter not indexed). Bravo's VoteCast has
 * OpenZeppelin's signature (support uint8 + reason), so the OZ ABI already decodes it. */
export const alphaVoteCastAbi = parseAbi([
  "event VoteCast(address voter, uint256 proposalId, bool support, uint256 votes)",
]);

/** Compound's Timelock (Alpha's and Bravo's executor): queued, executed and cancelled transactions. */
export const compoundTimelockEventsAbi = parseAbi([
  "event QueueTransaction(bytes32 indexed txHash, address indexed target, uint256 value, string signature, bytes data, uint256 eta)",
  "event ExecuteTransaction(bytes32 indexed txHash, address indexed target, uint256 value, string signature, bytes data, uint256 eta)",
  "event CancelTransaction(bytes32 indexed txHash, address indexed target, uint256 value, string signature, bytes data, uint256 eta)",
]);

/** topic0 of the Compound-only events, added to a DAO's core stream. */
export const compoundEventTopics = [...alphaVoteCastAbi, ...compoundTimelockEventsAbi].map((e) =>
  toEventSelector(e),
);
