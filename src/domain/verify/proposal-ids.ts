import { type Address, encodeAbiParameters, type Hex, hexToBigInt, keccak256, stringToHex } from "viem";

/** The content of a ProposalCreated log that its id should hash. */
export type CreatedContent = {
  proposalId: bigint;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  description: string;
};

/** Whether the governor derives ids from content (OZ `hashProposal`) or some other way (e.g. a counter). */
export type IdScheme = "content-hash" | "not-content-hash" | "unknown";

export type IdCheck = { proposalId: bigint; computed: bigint; status: "ok" | "forged" | "unchecked" };

const PARAMS = [
  { type: "address[]" },
  { type: "uint256[]" },
  { type: "bytes[]" },
  { type: "bytes32" },
] as const;

/** OZ Governor's proposal id: keccak256(abi.encode(targets, values, calldatas, keccak256(description))). */
export function contentProposalId(c: Omit<CreatedContent, "proposalId">): bigint {
  const encoded = encodeAbiParameters(PARAMS, [
    c.targets,
    c.values,
    c.calldatas,
    keccak256(stringToHex(c.description)),
  ]);
  return hexToBigInt(keccak256(encoded));
}

/** Decides the scheme from one sample: what the governor's own `hashProposal` returned for that content. */
export function idSchemeFrom(sample: CreatedContent | undefined, hashFromGovernor: bigint | null): IdScheme {
  if (!sample || hashFromGovernor === null) return "unknown";
  return hashFromGovernor === contentProposalId(sample) ? "content-hash" : "not-content-hash";
}

/** Re-hashes every proposal; a mismatch counts as forged only where ids are content hashes. */
export function checkProposalIds(created: readonly CreatedContent[], scheme: IdScheme): IdCheck[] {
  return created.map((c) => {
    const computed = contentProposalId(c);
    if (scheme !== "content-hash") return { proposalId: c.proposalId, computed, status: "unchecked" };
    return { proposalId: c.proposalId, computed, status: computed === c.proposalId ? "ok" : "forged" };
  });
}
