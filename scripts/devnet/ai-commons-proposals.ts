import { parseEther, parseUnits } from "viem";
import { aiCommonsGovernorAbi } from "../../src/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi } from "../../src/contracts/generated/ai-commons-token";
import { ethicsCharterAbi } from "../../src/contracts/generated/ethics-charter";
import { testUsdAbi } from "../../src/contracts/generated/test-usd";
import { timelockControllerAbi } from "../../src/contracts/generated/timelock-controller";
import type { Cast } from "./accounts";
import { call, ethTransfer } from "./chain";
import type { Deployment } from "./deploy";
import type { ProposalSpec } from "./governance";
import { PRINCIPLES, type PrincipleText } from "./principles";

export const aic = (n: string) => parseUnits(n, 18);
export const usd = (n: string) => parseUnits(n, 6);
export const eth = (n: string) => parseEther(n);

// keccak256("PROPOSER_ROLE"), as TimelockController defines it.
const PROPOSER_ROLE = "0xb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1";

/** Every AI Commons proposal the seed publishes, keyed by name; the timeline decides when and how each ends. */
export function aiCommonsProposals(d: Deployment, cast: Cast) {
  const ratify = (p: PrincipleText) =>
    call(d.charter, { abi: ethicsCharterAbi, functionName: "ratify", args: [p.title, p.uri, p.contentHash] });
  const pay = (to: keyof Cast, amount: string) =>
    call(d.tusd, { abi: testUsdAbi, functionName: "transfer", args: [cast[to], usd(amount)] });
  const spec = (
    proposer: ProposalSpec["proposer"],
    descriptionFile: string,
    calls: ProposalSpec["calls"],
  ) => ({
    proposer,
    descriptionFile,
    calls,
  });
  return {
    humanOversight: spec("ada", "ratify-human-oversight", [
      ratify(PRINCIPLES.humanOversight),
      ratify(PRINCIPLES.releaseReview),
    ]),
    openEvalSuite: spec("bao", "grant-open-eval-suite", [
      pay("openEval", "25000"),
      ethTransfer(cast.openEval, eth("2")),
    ]),
    datasetLicensing: spec("chidi", "grant-dataset-licensing", [pay("mei", "50000")]),
    trainingDataConsent: spec("dana", "ratify-training-data-consent", [
      ratify(PRINCIPLES.trainingDataConsent),
    ]),
    redTeamBounty: spec("ada", "grant-red-team-bounty", [
      pay("redTeam", "40000"),
      ethTransfer(cast.redTeam, eth("5")),
    ]),
    apiCredits: spec("jonas", "buy-commercial-api-credits", [pay("inferex", "120000")]),
    lowerThreshold: spec("bao", "lower-proposal-threshold", [
      call(d.governor, {
        abi: aiCommonsGovernorAbi,
        functionName: "setProposalThreshold",
        args: [aic("1000")],
      }),
    ]),
    charterTranslation: spec("chidi", "grant-charter-translation", [pay("babel", "8000")]),
    artExhibition: spec("jonas", "grant-ai-art-exhibition", [pay("mei", "3000")]),
    replaceReleaseReview: spec("ada", "replace-release-review", [
      call(d.charter, {
        abi: ethicsCharterAbi,
        functionName: "retire",
        args: [1n, "Superseded by 'Staged release with public evaluation'"],
      }),
      ratify(PRINCIPLES.stagedRelease),
    ]),
    contributorRewards: spec("dana", "mint-contributor-rewards", [
      call(d.aic, { abi: aiCommonsTokenAbi, functionName: "mint", args: [cast.openEval, aic("20000")] }),
      call(d.aic, { abi: aiCommonsTokenAbi, functionName: "mint", args: [cast.redTeam, aic("20000")] }),
    ]),
    accessibilityAudit: spec("chidi", "grant-accessibility-audit", [pay("babel", "6000")]),
    fineTuneCompute: spec("bao", "grant-fine-tune-compute", [
      pay("fineTune", "60000"),
      ethTransfer(cast.fineTune, eth("10")),
    ]),
    transparencyReports: spec("chidi", "ratify-transparency-reports", [
      ratify(PRINCIPLES.transparencyReports),
    ]),
    addInferexProposer: spec("jonas", "add-inferex-proposer", [
      call(d.timelock, {
        abi: timelockControllerAbi,
        functionName: "grantRole",
        args: [PROPOSER_ROLE, cast.inferex],
      }),
    ]),
    biasEvalPhase2: spec("dana", "grant-bias-eval-phase-2", [pay("openEval", "35000")]),
    raiseQuorum: spec("ada", "raise-quorum", [
      call(d.governor, { abi: aiCommonsGovernorAbi, functionName: "updateQuorumNumerator", args: [5n] }),
    ]),
    rightToContest: spec("dana", "ratify-right-to-contest", [ratify(PRINCIPLES.rightToContest)]),
  } satisfies Record<string, ProposalSpec>;
}
