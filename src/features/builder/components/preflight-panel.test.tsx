import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { codeWith, scanOf } from "../../../../test/support/target-scans";
import type { BuilderEnv } from "../api/builder-env";
import { PreflightPanel } from "./preflight-panel";

const EMPTY: Address = "0x2222222222222222222222222222222222222222";
const GOVERNOR: Address = "0x3333333333333333333333333333333333333333";
const EXECUTOR: Address = "0x4444444444444444444444444444444444444444";

const scan = vi.hoisted(() => ({ fail: false }));

// The chain reads answer as a node would for a draft with two calls to one empty account.
vi.mock("@/chain/client", () => ({ getPublicClient: () => ({}) }));
vi.mock("@/chain/reads/code-scan-history", () => ({
  scanTargets: async () => {
    if (scan.fail) throw new Error("the node refused eth_getCode");
    return [scanOf(EMPTY, { code: codeWith(0), history: { kind: "absent", proposedAt: 100n } })];
  },
}));
vi.mock("@/chain/reads/simulate-preflight", () => ({
  readPreflight: async () => ({
    blockNumber: 100n,
    timepoint: 99n,
    votes: 10n,
    threshold: 1n,
    proposalId: 42n,
    governorId: 42n,
    exists: false,
    noCode: [EMPTY],
    simulation: { error: "not simulated here" },
  }),
}));

const env = { chainId: 31337, executor: EXECUTOR, assets: [], known: [] } as unknown as BuilderEnv;
const call = { target: EMPTY, value: "0", calldata: "0x12345678" as const };

async function runChecks() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <PreflightPanel
        params={{
          chainId: 31337,
          governor: GOVERNOR,
          executor: EXECUTOR,
          proposer: EXECUTOR,
          actions: [call, call],
          description: "# Title",
          watch: [],
        }}
        env={env}
        decoded={[]}
        flags={[]}
        tokenDecimals={18}
        renderPublish={() => null}
      />
    </QueryClientProvider>,
  );
  await userEvent.click(screen.getByRole("button", { name: "Run pre-flight checks" }));
  const list = await screen.findByRole("list", { name: "Pre-flight checklist" });
  await within(list).findByText(/Target (code )?scan/);
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "")
    .filter((t) => /no code/i.test(t));
}

describe("PreflightPanel, an empty target called twice", () => {
  it("says once that it has no code", async () => {
    scan.fail = false;
    const lines = await runChecks();
    expect(lines).toEqual([
      `Warning: Target scan (${EMPTY}): No code: a plain account. A call to it does nothing today, but code may appear here later (CREATE2 or EIP-7702).`,
    ]);
  });

  it("keeps its own code check when the scan could not run", async () => {
    scan.fail = true;
    const lines = await runChecks();
    expect(lines).toEqual([`Warning: ${EMPTY} has no code: a call to it does nothing.`]);
  });
});
