import { describeError } from "@/lib/errors";
import type { WriteStep } from "@/lib/write-step";

/** A delegation write's progress in plain words, announced to screen readers. */
export function WriteStatus({ step, what }: { step: WriteStep; what: string }) {
  const text = (() => {
    switch (step.kind) {
      case "idle":
        return null;
      case "switching-chain":
        return "Asking your wallet to switch network…";
      case "simulating":
        return `Checking that the ${what} would succeed…`;
      case "confirm-in-wallet":
        return `Confirm the ${what} in your wallet.`;
      case "pending":
        return `Transaction sent (${step.hash.slice(0, 10)}…); waiting for it to be mined…`;
      case "confirmed":
        return `Done: the ${what} was recorded in block ${step.blockNumber.toLocaleString("en-US")}.`;
      case "failed": {
        const d = describeError(step.error);
        return `The ${what} was not sent: ${d.title}${d.detail ? ` ${d.detail}` : ""}`;
      }
    }
  })();
  if (!text) return null;
  return (
    <p className={`write-status write-${step.kind}`} role={step.kind === "failed" ? "alert" : "status"}>
      {text}
    </p>
  );
}
