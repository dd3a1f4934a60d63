import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { isDaoQueryKey, useWrite, type WriteRunner } from "./use-write";

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

describe("useWrite", () => {
  it("reports each step, resolves to the result and refreshes once on success", async () => {
    const refresh = vi.fn(async () => undefined);
    const run: WriteRunner<number, string> = async (n, onStep) => {
      onStep({ kind: "simulating" });
      return `receipt ${n}`;
    };
    const { result } = renderHook(() => useWrite(run, refresh), { wrapper });
    let out: string | null = null;
    await act(async () => {
      out = await result.current.send(7);
    });
    expect(out).toBe("receipt 7");
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(result.current.step.kind).toBe("simulating");
  });

  it("keeps the error as a failed step, resolves to null and does not refresh", async () => {
    const refresh = vi.fn(async () => undefined);
    const run: WriteRunner<number, string> = async () => {
      throw new Error("User rejected the request.");
    };
    const { result } = renderHook(() => useWrite(run, refresh), { wrapper });
    let out: string | null = "unset";
    await act(async () => {
      out = await result.current.send(1);
    });
    expect(out).toBeNull();
    await waitFor(() => expect(result.current.step.kind).toBe("failed"));
    expect(refresh).not.toHaveBeenCalled();
    act(() => result.current.reset());
    expect(result.current.step.kind).toBe("idle");
  });
});

describe("isDaoQueryKey", () => {
  const gov = "0x00000000000000000000000000000000000000Aa";
  it("matches this DAO's keys in the given areas, whatever the address case", () => {
    expect(
      isDaoQueryKey(
        ["proposals", "list", { chainId: 1, governor: gov.toLowerCase() }],
        ["proposals"],
        1,
        gov,
      ),
    ).toBe(true);
    expect(isDaoQueryKey(["dao", "identity", { chainId: 1, address: gov }], ["dao"], 1, gov)).toBe(true);
  });
  it("rejects other areas, chains, governors and keys without parameters", () => {
    expect(isDaoQueryKey(["token", "x", { chainId: 1, governor: gov }], ["proposals"], 1, gov)).toBe(false);
    expect(isDaoQueryKey(["proposals", "x", { chainId: 2, governor: gov }], ["proposals"], 1, gov)).toBe(
      false,
    );
    expect(isDaoQueryKey(["proposals", "x", { chainId: 1, governor: "0x1" }], ["proposals"], 1, gov)).toBe(
      false,
    );
    expect(isDaoQueryKey(["proposals"], ["proposals"], 1, gov)).toBe(false);
  });
});
