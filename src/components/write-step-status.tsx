import type { WriteStep } from "@/lib/write-step";
import { type WriteWords, writeStepText } from "@/lib/write-step-text";

/** A write's status line, announced to screen readers (an alert when it failed); nothing when idle. */
export function WriteStepStatus({ step, words }: { step: WriteStep; words: WriteWords }) {
  const text = writeStepText(step, words);
  if (!text) return null;
  return (
    <p className={`write-status write-${step.kind}`} role={step.kind === "failed" ? "alert" : "status"}>
      {text}
    </p>
  );
}
