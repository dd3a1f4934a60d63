import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { WriteStep } from "./write-step";

/** Runs one write, reporting its steps (the chain's write path: `sendContractWrite` bound to a config). */
export type WriteRunner<A, R> = (args: A, onStep: (s: WriteStep) => void) => Promise<R>;

/**
 * The one write hook every feature builds on: runs the write path, keeps its step for the UI, and on success
 * runs the feature's refresh. `send` resolves to the result (the receipt), or null when the write failed (the
 * step then says why). Lives in lib so features share it without importing each other.
 */
export function useWrite<A, R>(run: WriteRunner<A, R>, refresh: (client: QueryClient) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WriteStep>({ kind: "idle" });
  const mutation = useMutation({
    mutationFn: (args: A) => run(args, setStep),
    onError: (error) => setStep({ kind: "failed", error }),
    onSuccess: () => refresh(queryClient),
  });
  return {
    step,
    send: (args: A): Promise<R | null> => {
      setStep({ kind: "idle" }); // a new write never shows the last one's outcome
      return mutation.mutateAsync(args).catch(() => null);
    },
    reset: () => setStep({ kind: "idle" }),
  };
}

/** True for query keys `[area, kind, { chainId, governor }]` of this DAO in one of the given areas. */
export function isDaoQueryKey(
  key: readonly unknown[],
  areas: readonly string[],
  chainId: number,
  governor: string,
): boolean {
  const params = key[2];
  if (!areas.includes(String(key[0])) || typeof params !== "object" || params === null) return false;
  const p = params as { chainId?: unknown; governor?: unknown; address?: unknown };
  const addr = p.governor ?? p.address;
  return p.chainId === chainId && typeof addr === "string" && addr.toLowerCase() === governor.toLowerCase();
}
