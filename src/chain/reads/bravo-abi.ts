import { parseAbi } from "viem";

/** Compound-lineage governor reads (GovernorAlpha, GovernorBravoDelegate/Delegator, OZ's compatibility module).
 * Kept to the functions Plenum calls; `bravo-abi.test.ts` checks each against Uniswap's published artifact. */
export const compoundGovernorAbi = parseAbi([
  "function quorumVotes() view returns (uint256)",
  "function proposalCount() view returns (uint256)",
  "function proposalThreshold() view returns (uint256)",
  "function votingDelay() view returns (uint256)",
  "function votingPeriod() view returns (uint256)",
  "function timelock() view returns (address)",
  "function state(uint256 proposalId) view returns (uint8)",
  "function getActions(uint256 proposalId) view returns (address[] targets, uint256[] values, string[] signatures, bytes[] calldatas)",
  "function castVote(uint256 proposalId, bool support)",
  "function queue(uint256 proposalId)",
  "function execute(uint256 proposalId) payable",
  "function cancel(uint256 proposalId)",
]);

/** Alpha's receipt: support is a bool (For or Against). */
export const alphaReceiptAbi = parseAbi([
  "struct Receipt { bool hasVoted; bool support; uint96 votes; }",
  "function getReceipt(uint256 proposalId, address voter) view returns (Receipt)",
]);

/** GovernorBravoDelegate's receipt: support is 0 Against, 1 For, 2 Abstain. */
export const bravoReceiptAbi = parseAbi([
  "struct Receipt { bool hasVoted; uint8 support; uint96 votes; }",
  "function getReceipt(uint256 proposalId, address voter) view returns (Receipt)",
]);

/** Compound-style voting tokens (UNI, COMP): past votes are `getPriorVotes`, not IVotes' `getPastVotes`. */
export const compoundTokenAbi = parseAbi([
  "function getPriorVotes(address account, uint256 blockNumber) view returns (uint96)",
]);

/** Alpha's `proposals(id)`: nine fields, no abstain. */
export const alphaProposalsAbi = parseAbi([
  "function proposals(uint256) view returns (uint256 id, address proposer, uint256 eta, uint256 startBlock, uint256 endBlock, uint256 forVotes, uint256 againstVotes, bool canceled, bool executed)",
]);

/** Bravo's and OZ GovernorCompatibilityBravo's `proposals(id)`: ten fields, with abstain. */
export const bravoProposalsAbi = parseAbi([
  "function proposals(uint256) view returns (uint256 id, address proposer, uint256 eta, uint256 startBlock, uint256 endBlock, uint256 forVotes, uint256 againstVotes, uint256 abstainVotes, bool canceled, bool executed)",
]);

/** Functions only some kinds have: Bravo's proxy slots and first id, the voting token under its Compound names. */
export const governorProbeAbi = parseAbi([
  "function supportsInterface(bytes4 interfaceId) view returns (bool)",
  "function implementation() view returns (address)",
  "function admin() view returns (address)",
  "function initialProposalId() view returns (uint256)",
  "function token() view returns (address)",
  "function comp() view returns (address)",
  "function uni() view returns (address)",
]);

/** Compound's Timelock (GovernorAlpha/Bravo's executor): delay and grace period, in seconds. */
export const compoundTimelockAbi = parseAbi([
  "function delay() view returns (uint256)",
  "function GRACE_PERIOD() view returns (uint256)",
]);
