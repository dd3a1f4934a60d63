import { describe, expect, it } from "vitest";
import { type ScopedStep, statusFor } from "./write-scope";

const ada = "0x00000000000000000000000000000000000000aa";
const bao = "0x00000000000000000000000000000000000000bb";
const done: ScopedStep = {
  scope: { account: ada, proposalId: 7n, action: "vote" },
  step: { kind: "confirmed", hash: "0x01", blockNumber: 13_031n },
};

describe("statusFor", () => {
  it("shows a write's status only to the account that sent it, on the proposal it was sent for", () => {
    expect(statusFor(done, ada, 7n)).toBe(done);
    expect(statusFor(done, "0x00000000000000000000000000000000000000AA", 7n)).toBe(done);
    expect(statusFor(done, bao, 7n)).toBeNull();
    expect(statusFor(done, ada, 8n)).toBeNull();
    expect(statusFor(done, undefined, 7n)).toBeNull();
  });

  it("keeps each panel to its own actions", () => {
    expect(statusFor(done, ada, 7n, ["queue", "execute", "cancel"])).toBeNull();
    expect(statusFor(done, ada, 7n, ["vote"])).toBe(done);
  });
});
