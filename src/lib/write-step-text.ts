import { describeError } from "./errors";
import type { WriteStep } from "./write-step";

/** How one kind of write is named in its status line. */
export type WriteWords = {
  /** What is checked and confirmed: "vote", "delegation", "deployment". */
  noun: string;
  /** What the chain recorded, after "Done: ": "your vote was recorded". */
  done: string;
  /** The failure's lead: "Vote not sent". */
  failed: string;
};

/** One step of a write in plain words (the same sentences for every write in the app); null when idle. */
export function writeStepText(step: WriteStep, w: WriteWords): string | null {
  switch (step.kind) {
    case "idle":
      return null;
    case "switching-chain":
      return step.chainName
        ? `Asking your wallet to switch to ${step.chainName}, this DAO's chain; nothing is sent until it does…`
        : "Asking your wallet to switch network…";
    case "simulating":
      return `Checking that the ${w.noun} would succeed…`;
    case "confirm-in-wallet":
      return `Confirm the ${w.noun} in your wallet.`;
    case "pending":
      return `Transaction sent (${step.hash.slice(0, 10)}…); waiting for it to be mined…`;
    case "confirmed":
      return `Done: ${w.done} in block ${step.blockNumber.toLocaleString("en-US")}.`;
    case "failed": {
      const d = describeError(step.error);
      return `${w.failed}: ${d.title}${d.detail ? ` ${d.detail}` : ""}`;
    }
  }
}
