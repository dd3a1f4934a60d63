import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { StartNote } from "@/chain/sync/status";
import { SyncStartNoteView, startNoteLine } from "./sync-start-note";

const note = (over: Partial<StartNote>): StartNote => ({
  addresses: ["0xaa", "0xbb"],
  block: 18_234_567,
  exact: true,
  none: false,
  missingState: true,
  probeError: "missing trie node ab (path )",
  requests: 2,
  rangeCap: null,
  ...over,
});

afterEach(cleanup);

describe("the sync's start note", () => {
  it("says the node keeps no old state and where the logs begin", () => {
    render(<SyncStartNoteView starts={[note({ block: 18_300_000 }), note({})]} />);
    expect(screen.getByRole("note").textContent).toBe(
      "This RPC keeps no old state; the DAO's start was found from its logs at block 18,234,567 (2 requests).",
    );
  });

  it("says when the start is only a bound, and why", () => {
    expect(startNoteLine(note({ exact: false, block: 0, rangeCap: 10_000, requests: 1 }))).toBe(
      "This RPC keeps no old state and takes eth_getLogs over at most 10,000 blocks, so the DAO's start could not be found within 1 request: history is read from block 0, before which none of its contracts logged.",
    );
  });

  it("counts one request in the singular", () => {
    expect(startNoteLine(note({ block: 4, requests: 1 }))).toBe(
      "This RPC keeps no old state; the DAO's start was found from its logs at block 4 (1 request).",
    );
  });

  it("names another probe failure as such, not as missing state", () => {
    expect(startNoteLine(note({ missingState: false, probeError: "fetch failed" }))).toMatch(
      /^This RPC could not answer eth_getCode at old blocks \(fetch failed\); the DAO's start was found/,
    );
  });

  it("shows nothing where the deployment came from code or was given", () => {
    const { container } = render(<SyncStartNoteView starts={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
