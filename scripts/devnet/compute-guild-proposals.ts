import { testUsdAbi } from "../../src/contracts/generated/test-usd";
import type { Cast } from "./accounts";
import { eth, usd } from "./ai-commons-proposals";
import { call, ethTransfer } from "./chain";
import type { Deployment } from "./deploy";
import type { ProposalSpec } from "./governance";

/** The Compute Guild's proposals; its governor pays from its own balance (no timelock). */
export function computeGuildProposals(d: Deployment, cast: Cast) {
  const pay = (to: keyof Cast, amount: string) =>
    call(d.tusd, { abi: testUsdAbi, functionName: "transfer", args: [cast[to], usd(amount)] });
  return {
    reserveGpuHours: {
      proposer: "nadia",
      descriptionFile: "guild-reserve-gpu-hours",
      calls: [pay("fineTune", "30000")],
    },
    buyA100Node: {
      proposer: "bao",
      descriptionFile: "guild-buy-a100-node",
      calls: [ethTransfer(cast.inferex, eth("12"))],
    },
    sharedEvalCluster: {
      proposer: "chidi",
      descriptionFile: "guild-shared-eval-cluster",
      calls: [pay("openEval", "15000")],
    },
    hostingInvoice: {
      proposer: "nadia",
      descriptionFile: "guild-q3-hosting-invoice",
      calls: [pay("nadia", "8000")],
    },
    renewableHosting: {
      proposer: "jonas",
      descriptionFile: "guild-renewable-hosting",
      calls: [pay("nadia", "20000")],
    },
    quarterlyRebate: {
      proposer: "nadia",
      descriptionFile: "guild-quarterly-rebate",
      calls: [ethTransfer(cast.nadia, eth("5"))],
    },
  } satisfies Record<string, ProposalSpec>;
}
