import { type Hex, keccak256, stringToBytes } from "viem";

/** A charter principle as ratified on chain: the text travels as a data: URI, its keccak256 as the hash. */
export type PrincipleText = { title: string; uri: string; contentHash: Hex };

function principle(title: string, text: string): PrincipleText {
  const body = `# ${title}\n\n${text.trim()}\n`;
  return {
    title,
    // data: URIs keep the devnet self-contained: the charter page can show the text with no network.
    uri: `data:text/markdown;charset=utf-8,${encodeURIComponent(body)}`,
    contentHash: keccak256(stringToBytes(body)),
  };
}

/** The principles the seeded proposals ratify (and one they retire). */
export const PRINCIPLES = {
  humanOversight: principle(
    "Human oversight of automated decisions",
    `Any system funded or endorsed by the AI Commons that makes or recommends decisions about people
(access to services, credit, employment, moderation) must keep a named human accountable for the
outcome, an escalation path that reaches that human within a reasonable time, and a log that lets the
decision be reconstructed afterwards.`,
  ),
  releaseReview: principle(
    "Model release review",
    `Models trained with Commons funds are reviewed by at least two independent members before their
weights are published. The review covers misuse potential, known failure modes and licence terms.`,
  ),
  trainingDataConsent: principle(
    "Training-data consent",
    `Data used to train Commons-funded models must come from sources whose terms allow it, with consent
from the people it describes where they can be identified. Grantees publish a data statement listing
sources, licences and the opt-out process, and honour opt-out requests for future training runs.`,
  ),
  stagedRelease: principle(
    "Staged release with public evaluation",
    `Commons-funded models are released in stages: first to evaluators, then with published results from
the open evaluation suite, then openly. Each stage lasts at least two weeks, and anyone may file
findings that the grantee must answer before the next stage.`,
  ),
  transparencyReports: principle(
    "Transparency reports",
    `Every grantee receiving more than 10,000 tUSD publishes a report within 90 days of completion:
what was built, what it cost, evaluation results including failures, and incidents.`,
  ),
  rightToContest: principle(
    "Right to contest automated outcomes",
    `People affected by an automated decision from a Commons-funded system can ask for the reasons,
the data used about them, and a human review, free of charge.`,
  ),
} as const;
