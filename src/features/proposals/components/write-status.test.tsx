import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ScopedStep } from "../api/write-scope";
import { WriteStatus, writeStatusText } from "./write-status";

const ada = "0x00000000000000000000000000000000000000aa";
const confirmed = { kind: "confirmed", hash: "0x01", blockNumber: 13_031n } as const;

describe("WriteStatus", () => {
  it("names the action that was sent, not the next one", () => {
    const queued: ScopedStep = { scope: { account: ada, proposalId: 1n, action: "queue" }, step: confirmed };
    render(<WriteStatus status={queued} />);
    expect(screen.getByRole("status").textContent).toBe("Done: the proposal was queued in block 13,031.");
  });

  it.each([
    ["vote", "Done: your vote was recorded in block 13,031."],
    ["execute", "Done: the proposal was executed in block 13,031."],
    ["ballot", "Done: the signed ballot was counted in block 13,031."],
  ] as const)("says what %s did", (action, text) => {
    expect(writeStatusText(confirmed, action)).toBe(text);
  });

  it("says which action needs confirming and shows nothing without a status", () => {
    expect(writeStatusText({ kind: "confirm-in-wallet" }, "execute")).toBe(
      "Confirm the execute transaction in your wallet.",
    );
    const { container } = render(<WriteStatus status={null} />);
    expect(container.textContent).toBe("");
  });
});
