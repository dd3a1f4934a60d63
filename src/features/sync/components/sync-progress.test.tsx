import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { initialStatus } from "@/chain/sync/status";
import { SyncProgressView } from "./sync-progress";

describe("SyncProgressView", () => {
  it("draws a progress bar with blocks done while fetching, and what it cost", () => {
    render(
      <SyncProgressView
        status={{
          ...initialStatus,
          phase: "fetching",
          blocksDone: 5_000,
          blocksTotal: 20_000,
          requests: 12,
          retries: 2,
          rangeSplits: 1,
          finalized: 19_988,
        }}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Syncing blocks 5,000 / 20,000");
    expect(screen.getByRole("progressbar", { name: "Sync progress" })).toHaveProperty("value", 25);
    expect(screen.getByText(/12 requests · 2 retried · 1 range split/)).toBeTruthy();
  });

  it("says which block the data covers when done, without a bar", () => {
    render(<SyncProgressView status={{ ...initialStatus, phase: "done", syncedTo: 123_456 }} />);
    expect(screen.getByRole("status").textContent).toBe("Synced to block 123,456");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the error that stopped a sync and cache notices", () => {
    render(
      <SyncProgressView
        status={{
          ...initialStatus,
          phase: "error",
          lastError: "HTTP request failed.",
          notices: ["The local chain cache was from an older version and has been rebuilt."],
        }}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Sync stopped: HTTP request failed.");
    expect(screen.getByText(/has been rebuilt/)).toBeTruthy();
  });
});
