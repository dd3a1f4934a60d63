import { parseAbi } from "viem";

/** Compound's voting-token reads (COMP, UNI, ERC20VotesComp), under their names: uint96 votes, block numbers. */
export const compVotesAbi = parseAbi([
  "function getCurrentVotes(address account) view returns (uint96)",
  "function getPriorVotes(address account, uint256 blockNumber) view returns (uint96)",
]);
