import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TallyBar } from "./tally-bar";

const tally = { for: 3n, against: 1n, abstain: 0n };

describe("TallyBar", () => {
  it("names Abstain by default", () => {
    render(<TallyBar tally={tally} />);
    expect(screen.getByText("For 75%, Against 25%, Abstain 0%")).toBeTruthy();
  });

  it("leaves Abstain out for a governor without it", () => {
    render(<TallyBar tally={tally} abstain={false} />);
    expect(screen.getByText("For 75%, Against 25%")).toBeTruthy();
    expect(screen.queryByText(/Abstain/)).toBeNull();
  });
});
