import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { parseCountingMode } from "@/domain/dao/quorum";
import { parseDescription } from "@/domain/proposals/description";
import { type ListFilter, type ListSearch, parseListFilter } from "@/domain/proposals/list-filter";
import type { Proposal } from "@/domain/proposals/proposal";
import { ProposalList } from "./proposal-list";

const now = {
  mode: { kind: "blocknumber" } as const,
  clock: 1000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
const mode = parseCountingMode("support=bravo&quorum=for,abstain");

const make = (n: number, over: Partial<Proposal>): Proposal => ({
  id: BigInt(n),
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  actions: [],
  decoded: [],
  category: "funding",
  description: parseDescription(`# Proposal ${n}\nbody`),
  descriptionHash: "0x00",
  createdBlock: BigInt(n),
  voteStart: 900n,
  voteEnd: 1300n,
  state: "Active",
  tally: { for: 30n, against: 10n, abstain: 0n },
  quorum: 100n,
  eta: null,
  ...over,
});

const proposals = [
  make(1, { description: parseDescription("# Open evaluation suite for model bias\n..."), state: "Active" }),
  make(2, {
    category: "ethics",
    description: parseDescription("# Ratify: human oversight\n..."),
    state: "Executed",
    voteEnd: 800n,
  }),
  make(3, { state: "Defeated", tally: { for: 5n, against: 0n, abstain: 0n }, voteEnd: 700n }),
];

function Harness({
  initial = {},
  voted = null,
}: {
  initial?: ListSearch;
  voted?: ReadonlySet<bigint> | null;
}) {
  const [filter, setFilter] = useState<ListFilter>(parseListFilter(initial));
  return (
    <ProposalList
      proposals={proposals}
      filter={filter}
      onFilterChange={setFilter}
      hrefFor={(id) => `#/31337/0xgov/proposals/${id}`}
      now={now}
      mode={mode}
      votedIds={voted}
      chainId={31337}
    />
  );
}

describe("ProposalList", () => {
  it("lists proposals with state, category, time and a link to the detail", () => {
    render(<Harness />);
    const rows = screen.getAllByRole("listitem");
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByText("Defeated (no quorum)")).toBeTruthy();
    expect(
      screen.getByRole("link", { name: "Open evaluation suite for model bias" }).getAttribute("href"),
    ).toBe("#/31337/0xgov/proposals/1");
    expect(screen.getByText("voting ends in ~1 h")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText("AI ethics")).toBeTruthy();
  });

  it("filters by state and by text, and says when nothing matches", async () => {
    render(<Harness />);
    await userEvent.selectOptions(screen.getByLabelText("State"), "Executed");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByText("1 of 3 proposals match")).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Search"), "no such words");
    expect(screen.getByText("No proposal matches these filters.")).toBeTruthy();
  });

  it("starts from the filter in the URL", () => {
    render(<Harness initial={{ category: "ethics" }} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect((screen.getByLabelText("Category") as HTMLSelectElement).value).toBe("ethics");
  });

  it("offers 'needs my vote' only with a wallet, and then hides proposals already voted on", async () => {
    const { unmount } = render(<Harness />);
    expect((screen.getByLabelText(/Needs my vote/) as HTMLInputElement).disabled).toBe(true);
    unmount();
    render(<Harness voted={new Set([1n])} />);
    await userEvent.click(screen.getByLabelText(/Needs my vote/));
    expect(screen.getByText("No proposal matches these filters.")).toBeTruthy();
  });
});
