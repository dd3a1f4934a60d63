import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SyncBanner } from "./sync-banner";

const logs = (over: Partial<Parameters<typeof SyncBanner>[0]["logs"]>) => ({
  data: { syncedTo: 1234 },
  fromCache: false,
  isSyncing: false,
  error: null,
  refetch: vi.fn(),
  ...over,
});

describe("SyncBanner", () => {
  it("keeps the data on screen when a later head poll fails, and says through which block it is", () => {
    render(
      <SyncBanner chainId={31337} logs={logs({ error: new Error("fetch failed") })} verification={null} />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toMatch(
      /^Could not check for newer blocks \(.+\); showing history through block 1,234\./,
    );
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("reports a first sync that failed with nothing to show", () => {
    render(
      <SyncBanner
        chainId={31337}
        logs={logs({ data: undefined, error: new Error("fetch failed") })}
        verification={null}
      />,
    );
    expect(screen.getByRole("alert").textContent).toMatch(/^Sync failed: /);
  });
});
