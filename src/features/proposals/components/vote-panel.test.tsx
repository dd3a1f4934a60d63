import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { VoteContext } from "@/domain/votes/eligibility";
import { VotePanel } from "./vote-panel";

const ready: VoteContext = {
  connected: true,
  onRightChain: true,
  state: "Active",
  power: 1_500n * 10n ** 18n,
  hasVoted: false,
  chainName: "Plenum devnet",
};

const OZ = { choices: ["for", "against", "abstain"], reasons: true, notes: [] } as const;
const ALPHA = {
  choices: ["for", "against"],
  reasons: false,
  notes: ["GovernorAlpha has only For and Against; no reasons."],
} as const;

function renderPanel(
  context: Partial<VoteContext> = {},
  onVote = vi.fn(),
  options: typeof OZ | typeof ALPHA = OZ,
) {
  render(
    <VotePanel
      context={{ ...ready, ...context }}
      options={options}
      token={{ decimals: 18, symbol: "AIC" }}
      reason="Evals protect everyone"
      onReasonChange={() => {}}
      status={null}
      onVote={onVote}
    />,
  );
  return onVote;
}

describe("VotePanel", () => {
  it("votes with the chosen support and the reason", async () => {
    const onVote = renderPanel();
    expect(screen.getByText("1,500 AIC")).toBeTruthy();
    const button = screen.getByRole("button", { name: "Vote" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText("Choose For, Against or Abstain.")).toBeTruthy();
    await userEvent.click(screen.getByLabelText("Against"));
    await userEvent.click(screen.getByRole("button", { name: "Vote Against" }));
    expect(onVote).toHaveBeenCalledWith("against", "Evals protect everyone");
  });

  it.each([
    [{ connected: false }, "Connect a wallet to vote."],
    [{ state: "Pending" as const }, "Voting has not started yet."],
    [{ state: "Succeeded" as const }, "Voting is closed: this proposal succeeded."],
    [{ power: 0n }, /no voting power at the proposal's snapshot/],
  ])("explains why voting is disabled (case %#)", async (context, why) => {
    const onVote = renderPanel(context);
    expect(screen.getByText(why)).toBeTruthy();
    expect((screen.getByRole("button", { name: /Vote/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText("For").matches(":disabled")).toBe(true);
    expect(onVote).not.toHaveBeenCalled();
  });

  it("on GovernorAlpha offers only For and Against, no reason, and says so", async () => {
    const onVote = renderPanel({}, vi.fn(), ALPHA);
    expect(screen.queryByLabelText("Abstain")).toBeNull();
    expect(screen.queryByLabelText(/Reason/)).toBeNull();
    expect(screen.getByText("Choose For or Against.")).toBeTruthy();
    expect(screen.getByText("GovernorAlpha has only For and Against; no reasons.")).toBeTruthy();
    await userEvent.click(screen.getByLabelText("For"));
    await userEvent.click(screen.getByRole("button", { name: "Vote For" }));
    // The reason typed elsewhere (a draft kept for another governor) is never sent to Alpha.
    expect(onVote).toHaveBeenCalledWith("for", "");
  });

  it("shows that the account already voted instead of the form", () => {
    renderPanel({ hasVoted: true });
    expect(screen.getByText("You voted on this proposal.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Vote/ })).toBeNull();
  });
});
