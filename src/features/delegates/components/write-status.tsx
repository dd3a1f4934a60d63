import { WriteStepStatus } from "@/components/write-step-status";
import type { WriteStep } from "@/lib/write-step";

/** A delegation write's progress in plain words, announced to screen readers. */
export function WriteStatus({ step, what }: { step: WriteStep; what: string }) {
  const words = { noun: what, done: `the ${what} was recorded`, failed: `The ${what} was not sent` };
  return <WriteStepStatus step={step} words={words} />;
}
