import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { getSyncStore } from "../api/sync-engines";
import { CachePanel } from "./cache-panel";

const log = (blockNumber: number) => ({
  blockNumber,
  logIndex: 0,
  blockHash: `0x${"11".repeat(32)}` as const,
  transactionHash: `0x${"22".repeat(32)}` as const,
  transactionIndex: 0,
  address: "0x0000000000000000000000000000000000000001" as const,
  topics: [`0x${"33".repeat(32)}` as const],
  data: "0x" as const,
});

describe("CachePanel", () => {
  it("shows the cache size, clears it after confirmation, and imports an export back", async () => {
    const store = await getSyncStore();
    await store.commit({ id: "s", chainId: 1, covered: [[1, 10]], anchors: [], deployBlock: 1 }, [
      log(2),
      log(5),
    ]);
    const dump = await store.exportAll();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CachePanel />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByText(/2 logs in 1 stream,/)).toBeTruthy());

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Clear…" }));
    await user.click(screen.getByRole("button", { name: "Yes, clear the cache" }));
    await waitFor(() => expect(screen.getByText(/0 logs in 0 streams/)).toBeTruthy());

    const file = new File([JSON.stringify(dump)], "cache.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Import"), file);
    await waitFor(() => expect(screen.getByText(/2 logs in 1 stream,/)).toBeTruthy());
  });

  it("refuses a file that is not a cache export, in words", async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CachePanel />
      </QueryClientProvider>,
    );
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(
      screen.getByLabelText("Import"),
      new File(['{"a":1}'], "x.json", { type: "application/json" }),
    );
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/Not a Plenum cache export/));
  });
});
