import type { GovernorKindProbe } from "@/chain/reads/governor-kind";

/** The governor families Plenum tells apart from what a contract answers. */
export type GovernorKind = "oz5" | "oz4" | "oz4-bravo" | "oz-unknown" | "bravo" | "alpha" | "unreadable";

/** The detected kind, its name in a person's words, and what Plenum can do with it. */
export type GovernorKindInfo = {
  kind: GovernorKind;
  label: string;
  /** Abstain exists (Alpha has only For and Against). */
  abstain: boolean;
  /** castVoteWithReason exists. */
  reasons: boolean;
  /** Plenum offers a signed ballot (EIP-712) for this kind. */
  voteBySignature: boolean;
  /** queue/execute by id (Compound-style) or by the proposal's content (OpenZeppelin). */
  lifecycleBy: "content" | "id";
  /** Where the governor's own tally is read from. */
  tallyFrom: "proposalVotes" | "proposals";
  /** Ids are a counter (Compound) rather than hashes of the content. */
  sequentialIds: boolean;
  /** What this kind cannot do, said plainly. */
  notes: string[];
};

const OZ = {
  abstain: true,
  reasons: true,
  voteBySignature: true,
  lifecycleBy: "content",
  tallyFrom: "proposalVotes",
  sequentialIds: false,
  notes: [],
} as const;

const isBravoQuorum = (mode: string | null) =>
  mode !== null && new URLSearchParams(mode).get("quorum")?.trim().toLowerCase() === "bravo";

/** Tells the governor family from the probe's answers; never from an address list. */
export function governorKindFrom(p: GovernorKindProbe): GovernorKindInfo {
  if (p.supportsOz5) return { ...OZ, kind: "oz5", label: "OpenZeppelin 5.x", notes: [] };
  if (p.supportsOz49 || p.supportsOz4) {
    const release = p.supportsOz49 ? "OpenZeppelin 4.9" : "OpenZeppelin 4.x";
    if (!isBravoQuorum(p.countingMode)) return { ...OZ, kind: "oz4", label: release, notes: [] };
    return {
      ...OZ,
      kind: "oz4-bravo",
      label: `${release}, Bravo-compatible`,
      tallyFrom: "proposals",
      notes: ["Quorum counts For votes only (GovernorCompatibilityBravo)."],
    };
  }
  if (p.countingMode !== null)
    return { ...OZ, kind: "oz-unknown", label: "OpenZeppelin-style (no interface id declared)", notes: [] };
  return compoundKind(p);
}

function compoundKind(p: GovernorKindProbe): GovernorKindInfo {
  if (p.proposalCount === null || p.quorumVotes === null)
    return {
      ...OZ,
      kind: "unreadable",
      label: "Not a governor Plenum can read",
      notes: [
        "It answers neither OpenZeppelin's Governor interface nor Compound's (proposalCount, quorumVotes).",
      ],
    };
  const compound = {
    lifecycleBy: "id",
    tallyFrom: "proposals",
    sequentialIds: true,
    voteBySignature: false,
  } as const;
  const bravo =
    p.implementation !== null ||
    p.admin !== null ||
    p.initialProposalId !== null ||
    p.voteCastSeen === "uint8";
  if (bravo && p.voteCastSeen !== "bool")
    return {
      ...OZ,
      ...compound,
      kind: "bravo",
      label: "GovernorBravo (Compound)",
      notes: [
        "No vote-by-signature UI for GovernorBravo (castVoteBySig exists on chain).",
        "Ids are sequential: checked against the governor's proposals() instead of re-hashed.",
      ],
    };
  return {
    ...OZ,
    ...compound,
    kind: "alpha",
    label: "GovernorAlpha (Compound-style)",
    abstain: false,
    reasons: false,
    notes: [
      "GovernorAlpha has no abstain: votes are For or Against.",
      "GovernorAlpha takes no reason with a vote.",
      "No vote-by-signature UI for GovernorAlpha (castVoteBySig exists on chain).",
      "Ids are sequential: checked against the governor's proposals() instead of re-hashed.",
    ],
  };
}
