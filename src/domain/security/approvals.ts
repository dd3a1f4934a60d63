import { decodeFunctionData, type Hex, maxUint256, parseAbi } from "viem";
import type { Action } from "@/domain/actions/types";
import type { SecurityFinding } from "./finding";

const abi = parseAbi([
  "function approve(address spender, uint256 amount)",
  "function increaseAllowance(address spender, uint256 amount)",
  "function setApprovalForAll(address operator, bool approved)",
]);

/** At or above this an allowance is "unlimited" in practice (2^255: no treasury holds that much of anything). */
export const UNLIMITED = 2n ** 255n;

function decode(calldata: Hex) {
  try {
    return decodeFunctionData({ abi, data: calldata });
  } catch {
    return null;
  }
}

/** Approvals with no practical limit: an allowance of 2^255 or more, or an operator for every NFT. */
export function unlimitedApprovalFindings(actions: readonly Action[]): SecurityFinding[] {
  return actions.flatMap((a, index): SecurityFinding[] => {
    const d = decode(a.calldata);
    if (!d) return [];
    const [spender, amount] = d.args;
    const unlimited = typeof amount === "bigint" ? amount >= UNLIMITED : amount === true;
    if (!unlimited) return [];
    const what =
      d.functionName === "setApprovalForAll"
        ? "every token of this collection the treasury holds"
        : amount === maxUint256
          ? "an unlimited amount (type(uint256).max)"
          : "an amount no treasury could hold (at least 2^255)";
    return [
      {
        rule: "unlimited-approval",
        level: "critical",
        address: spender,
        action: index,
        title: "Unlimited approval",
        detail: `Action ${index + 1} lets ${spender} take ${what} from the treasury, at any time, without another vote.`,
      },
    ];
  });
}
