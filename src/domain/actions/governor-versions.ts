import { parseAbi } from "viem";

/** Governor calls of other versions than the generated 5.x ABI: OZ 4.x's setters (uint256 where 5.x narrowed
 * the types, so other selectors) and Compound GovernorBravo's admin functions. Same-selector duplicates of
 * 5.x functions are harmless: the first match decodes. */
export const otherGovernorVersionsAbi = parseAbi([
  "function setVotingDelay(uint256 newVotingDelay)",
  "function setVotingPeriod(uint256 newVotingPeriod)",
  "function setProposalThreshold(uint256 newProposalThreshold)",
  "function updateQuorumNumerator(uint256 newQuorumNumerator)",
  "function updateTimelock(address newTimelock)",
  "function setLateQuorumVoteExtension(uint64 newVoteExtension)",
  "function _setVotingDelay(uint256 newVotingDelay)",
  "function _setVotingPeriod(uint256 newVotingPeriod)",
  "function _setProposalThreshold(uint256 newProposalThreshold)",
  "function _setPendingAdmin(address newPendingAdmin)",
  "function _acceptAdmin()",
  "function _setWhitelistAccountExpiration(address account, uint256 expiration)",
  "function _setWhitelistGuardian(address account)",
]);

/** Compound's Timelock (the treasury of Bravo DAOs): its delay and its admin, which is the governor. */
export const compoundTimelockAbi = parseAbi([
  "function setDelay(uint256 delay)",
  "function setPendingAdmin(address pendingAdmin)",
  "function acceptAdmin()",
]);

/** Calls, of any version, that change the governor's rules (delays, periods, thresholds, quorum, who may
 * propose without the threshold). */
export const GOVERNOR_RULE_FUNCTIONS: ReadonlySet<string> = new Set([
  "setVotingDelay",
  "setVotingPeriod",
  "setProposalThreshold",
  "updateQuorumNumerator",
  "setLateQuorumVoteExtension",
  "_setVotingDelay",
  "_setVotingPeriod",
  "_setProposalThreshold",
  "_setWhitelistAccountExpiration",
  "_setWhitelistGuardian",
]);

/** Calls that change who controls the DAO: the governor's executor, the governor's or the timelock's admin. */
export const CONTROL_FUNCTIONS: Readonly<Record<"governor" | "timelock", ReadonlySet<string>>> = {
  governor: new Set(["updateTimelock", "relay", "_setPendingAdmin", "_acceptAdmin"]),
  timelock: new Set(["setPendingAdmin", "acceptAdmin"]),
};

/** Timelock calls that change the delay between a vote's end and its execution. */
export const DELAY_FUNCTIONS: ReadonlySet<string> = new Set(["updateDelay", "setDelay"]);
