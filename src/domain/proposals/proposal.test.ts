import { describe, expect, it } from "vitest";
import { parseCountingMode } from "@/domain/dao/quorum";
import { defeatReason, stateLabel } from "./proposal";

const mode = parseCountingMode("support=bravo&quorum=for,abstain");

describe("defeatReason", () => {
  it.each([
    ["too few counted votes", { for: 10n, against: 0n, abstain: 0n }, 100n, "quorum"],
    ["abstain counts toward quorum", { for: 10n, against: 20n, abstain: 90n }, 100n, "votes"],
    ["a tie loses on votes", { for: 60n, against: 60n, abstain: 0n }, 50n, "votes"],
    ["unknown quorum falls back to votes", { for: 1n, against: 2n, abstain: 0n }, null, "votes"],
  ] as const)("%s", (_, tally, quorum, reason) => {
    expect(defeatReason(tally, quorum, mode)).toBe(reason);
  });
});

describe("stateLabel", () => {
  it("explains defeats and passes other states through", () => {
    const tally = { for: 1n, against: 0n, abstain: 0n };
    expect(stateLabel({ state: "Defeated", tally, quorum: 100n }, mode)).toBe("Defeated (no quorum)");
    expect(stateLabel({ state: "Active", tally, quorum: 100n }, mode)).toBe("Active");
  });
});
