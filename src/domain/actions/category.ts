import { CONTROL_FUNCTIONS, DELAY_FUNCTIONS, GOVERNOR_RULE_FUNCTIONS } from "./governor-versions";
import type { DecodedAction } from "./types";

/** What a proposal is about, derived from what it does. */
export type ProposalCategory = "ethics" | "funding" | "parameters" | "other";

export const CATEGORY_LABELS: Record<ProposalCategory, string> = {
  ethics: "AI ethics",
  funding: "Funding",
  parameters: "Parameters",
  other: "Other",
};

const PARAMETER_FUNCTIONS = new Set([
  ...GOVERNOR_RULE_FUNCTIONS,
  ...CONTROL_FUNCTIONS.governor,
  ...CONTROL_FUNCTIONS.timelock,
  ...DELAY_FUNCTIONS,
]);

function categoryOf(a: DecodedAction): ProposalCategory {
  if (a.targetKind === "charter") return "ethics";
  const fn = a.call?.functionName;
  if (fn && PARAMETER_FUNCTIONS.has(fn) && (a.targetKind === "governor" || a.targetKind === "timelock")) {
    return "parameters";
  }
  if (a.value > 0n) return "funding";
  if ((fn === "transfer" || fn === "approve") && (a.targetKind === "erc20" || a.targetKind === "token")) {
    return "funding";
  }
  return "other";
}

/** The proposal's category: AI ethics wins over funding over parameters; an empty proposal is "other". */
export function proposalCategory(actions: readonly DecodedAction[]): ProposalCategory {
  const found = new Set(actions.map(categoryOf));
  for (const c of ["ethics", "funding", "parameters"] as const) if (found.has(c)) return c;
  return "other";
}
