import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Proposal } from "@/domain/proposals/proposal";
import { LifecycleSection } from "./lifecycle-section";

const account = "0x00000000000000000000000000000000000000c3";
const governor = "0x00000000000000000000000000000000000000a1";
const timelock = "0x00000000000000000000000000000000000000b2";
const lifecycle = { status: null, queue: vi.fn(), execute: vi.fn(), cancel: vi.fn() };
const cancelCheck = vi.fn();

vi.mock("../api/connected-account", () => ({
  useConnectedAccount: () => ({ address: account, chainId: 1 }),
}));
vi.mock("../api/use-lifecycle", () => ({ useLifecycle: () => lifecycle }));
vi.mock("../api/compound-lifecycle", () => ({
  useCompoundTimelock: () => ({ data: { gracePeriod: 14n * 86_400n, blockNumber: 9n }, error: null }),
  useCancelCheck: () => cancelCheck(),
}));

const eta = 1_800_000_000n; // 2027-01-15 08:00 UTC
const proposal = (patch: Partial<Proposal>) =>
  ({ id: 3n, state: "Queued", eta, proposer: governor, actions: [], ...patch }) as unknown as Proposal;

function renderSection(p: Proposal, nowSeconds: number) {
  render(
    <LifecycleSection
      chainId={1}
      governor={governor}
      proposal={p}
      needsQueuing={true}
      nowSeconds={nowSeconds}
      kind={{ lifecycleBy: "id" }}
      timelock={timelock}
    />,
  );
}

describe("LifecycleSection on a Compound-style governor", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    cancelCheck.mockReturnValue({
      data: { ok: false, reason: "GovernorAlpha::cancel: proposer above threshold", blockNumber: 120n },
      error: null,
    });
  });

  it("Queued before eta: the window from the timelock, Execute disabled with the time left", () => {
    renderSection(proposal({}), Number(eta) - 2 * 86_400);
    expect(
      screen.getByText(/^Queued, executable from 2027-01-15 08:00 UTC until 2027-01-29 08:00 UTC/),
    ).toBeTruthy();
    expect(screen.getByText("Executable from 2027-01-15 08:00 UTC (in 2 days).")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Execute" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says plainly when a cancel would revert, from the simulation", () => {
    renderSection(proposal({}), Number(eta));
    expect((screen.getByRole("button", { name: "Cancel proposal" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(
      screen.getByText(
        "A cancel from this account would revert (simulated at block 120): GovernorAlpha::cancel: proposer above threshold",
      ),
    ).toBeTruthy();
  });

  it("Succeeded: queue(id) is one click; a cancel the simulation accepts is enabled", async () => {
    cancelCheck.mockReturnValue({ data: { ok: true, blockNumber: 120n }, error: null });
    renderSection(proposal({ state: "Succeeded", eta: 0n }), Number(eta));
    await userEvent.click(screen.getByRole("button", { name: "Queue for execution" }));
    expect(lifecycle.queue).toHaveBeenCalledOnce();
    expect((screen.getByRole("button", { name: "Cancel proposal" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    expect(
      screen.getByText("The governor would accept a cancel from this account (simulated)."),
    ).toBeTruthy();
  });
});
