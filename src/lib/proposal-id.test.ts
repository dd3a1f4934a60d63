import { describe, expect, it } from "vitest";
import { shortProposalId } from "./proposal-id";

describe("shortProposalId", () => {
  it("shows a sequential id whole", () => {
    expect(shortProposalId(1n)).toBe("#1");
    expect(shortProposalId(1234n)).toBe("#1234");
  });

  it("shortens a content-hash id to its ends", () => {
    const id = 29156231234567890123456789012345678901234567890123456789012345074841n;
    expect(shortProposalId(id)).toBe("29156231…074841");
  });
});
