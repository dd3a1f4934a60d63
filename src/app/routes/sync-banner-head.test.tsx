import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { HeadCheck } from "@/features/proposals/api/list-at-head";
import { SyncBanner } from "./sync-banner";

const logs = {
  data: { syncedTo: 1_200 },
  fromCache: true,
  isSyncing: true,
  error: null,
  refetch: vi.fn(),
};
const check = (over: Partial<HeadCheck> = {}): HeadCheck => ({
  block: 1_300,
  since: 1_200,
  newLogs: 37,
  read: 12,
  talliesChecked: 12,
  unread: [],
  mismatches: [],
  ...over,
});

describe("SyncBanner and the list at the head", () => {
  it("says what was verified at the head, on what it rests, and that the full history is pending", () => {
    render(<SyncBanner chainId={31337} logs={logs} verification={null} headCheck={check()} />);
    const line = screen.getByText(/^Verified at block 1,300/);
    expect(line.textContent).toContain(
      "the 12 open proposals read there match this device's list of block 1,200",
    );
    expect(line.textContent).toContain("plus the 37 logs since (12 tallies recounted)");
    expect(line.textContent).toContain("still loading");
    // The copy's own line would contradict it ("through block 1,200; checking the chain"): not shown.
    expect(screen.queryByText(/From this browser's copy/)).toBeNull();
  });

  it("names differences with the governor's answers as an alert, and proposals it could not read", () => {
    const mismatches = [{ proposalId: 7n, field: "tally" as const, expected: "a", read: "b" }];
    const { rerender } = render(
      <SyncBanner chainId={31337} logs={logs} verification={null} headCheck={check({ mismatches })} />,
    );
    expect(screen.getByRole("alert").textContent).toMatch(
      /^Not fully verified at block 1,300: 1 difference .*#7 tally: expected a, read b/,
    );
    rerender(
      <SyncBanner chainId={31337} logs={logs} verification={null} headCheck={check({ unread: [3n] })} />,
    );
    expect(screen.getByText(/1 proposal could not be read there/)).toBeTruthy();
    expect(screen.getByText(/^Partly verified at block/)).toBeTruthy();
  });

  it("says why it did not go on from this device's list, and shows a disagreement with the full history", () => {
    const { rerender } = render(
      <SyncBanner
        chainId={31337}
        logs={logs}
        verification={null}
        headFallback="its block is no longer on the chain (a reorg)"
      />,
    );
    expect(
      screen.getByText(/^Not going on from this device's earlier list: its block is no longer on the chain/),
    ).toBeTruthy();
    rerender(
      <SyncBanner
        chainId={31337}
        logs={{ ...logs, fromCache: false, isSyncing: false }}
        verification={null}
        disagreements={[{ proposalId: 5n, field: "state" }]}
      />,
    );
    expect(screen.getByRole("alert").textContent).toMatch(/differs .* in 1 place: #5 \(state\)/);
  });
});
