import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Vote } from "@/domain/votes/vote";
import { VotersTable } from "./voters-table";

const vote = (n: number, support: Vote["support"], weight: bigint, reason = ""): Vote => ({
  voter: `0x${n.toString(16).padStart(40, "0")}`,
  support,
  weight: weight * 10n ** 18n,
  reason,
  blockNumber: 1n,
  transactionHash: `0x${n.toString(16).padStart(64, "0")}`,
});

const votes = [
  vote(1, "for", 100n, "Open evals matter"),
  vote(2, "against", 500n, "Too expensive"),
  vote(3, "abstain", 50n),
];

const weights = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.querySelector(".num")?.textContent);

describe("VotersTable", () => {
  it("sorts by weight, heaviest first, and flips on click", async () => {
    render(<VotersTable votes={votes} decimals={18} symbol="AIC" fileName="votes.csv" chainId={1} />);
    expect(weights()).toEqual(["500 AIC", "100 AIC", "50 AIC"]);
    await userEvent.click(screen.getByRole("button", { name: /Weight/ }));
    expect(weights()).toEqual(["50 AIC", "100 AIC", "500 AIC"]);
  });

  it("filters by support and shows reasons", async () => {
    render(<VotersTable votes={votes} decimals={18} symbol="AIC" fileName="votes.csv" chainId={1} />);
    await userEvent.selectOptions(screen.getByLabelText("Support"), "against");
    expect(weights()).toEqual(["500 AIC"]);
    expect(screen.getByText("Too expensive")).toBeTruthy();
  });

  it("says when nobody voted and disables export", () => {
    render(<VotersTable votes={[]} decimals={18} symbol="AIC" fileName="votes.csv" chainId={1} />);
    expect(screen.getByText("Nobody has voted yet.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Export CSV" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
