import { type Address, encodeAbiParameters, type Hex, hexToBigInt, keccak256, stringToHex } from "viem";

/** The content of a ProposalCreated log that its id should hash. */
export type CreatedContent = {
  proposalId: bigint;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  description: string;
};

const PARAMS = [
  { type: "address[]" },
  { type: "uint256[]" },
  { type: "bytes[]" },
  { type: "bytes32" },
] as const;

type Content = Omit<CreatedContent, "proposalId">;
// The list, its verification and its pinned read each hash the same logged proposals (copies of one decoded
// log's args, sharing its arrays): remembered by the calldatas array, checked against the other three fields.
const hashed = new WeakMap<readonly Hex[], { c: Content; id: bigint }>();

/** OZ Governor's proposal id: keccak256(abi.encode(targets, values, calldatas, keccak256(description))). */
export function contentProposalId(c: Content): bigint {
  const known = hashed.get(c.calldatas);
  if (
    known &&
    known.c.targets === c.targets &&
    known.c.values === c.values &&
    known.c.description === c.description
  )
    return known.id;
  const encoded = encodeAbiParameters(PARAMS, [
    c.targets,
    c.values,
    c.calldatas,
    keccak256(stringToHex(c.description)),
  ]);
  const id = hexToBigInt(keccak256(encoded));
  hashed.set(c.calldatas, {
    c: { targets: c.targets, values: c.values, calldatas: c.calldatas, description: c.description },
    id,
  });
  return id;
}

/** How the governor numbers proposals: OZ's content hash (`hashProposal`), a counter it maps content to
 * (GovernorSequentialProposalId: `getProposalId`), some other way, or not known (nothing to compare). */
export type IdScheme = "content-hash" | "sequential" | "not-content-hash" | "unknown";

/** `via`: how an "ok" was established: the id re-hashed here, or the governor's `getProposalId` for the content. */
export type IdCheck = {
  proposalId: bigint;
  computed: bigint;
  status: "ok" | "forged" | "unchecked";
  via: "re-hash" | "getProposalId" | null;
};

/** What the governor's `getProposalId(targets, values, calldatas, descriptionHash)` returned for each logged
 * proposal's content, by logged id; null where it reverted or the governor has no such function. */
export type GovernorIds = ReadonlyMap<bigint, bigint | null>;

/** Decides the scheme from every proposal and the governor's own answers: `getProposalId` mapping content to a
 * logged id that is not its hash means sequential ids; `hashProposal(sample)` equal to our hash means content
 * hashes (so a mismatch is a forgery, not a scheme). */
export function idSchemeFrom(
  created: readonly CreatedContent[],
  hashFromGovernor: bigint | null,
  governorIds: GovernorIds = new Map(),
): IdScheme {
  const sample = created[0];
  if (!sample) return "unknown";
  const hashed = created.map((c) => contentProposalId(c) === c.proposalId);
  if (created.some((c, i) => !hashed[i] && governorIds.get(c.proposalId) === c.proposalId))
    return "sequential";
  if (hashed.some(Boolean) || (hashFromGovernor !== null && hashFromGovernor === contentProposalId(sample)))
    return "content-hash";
  if (hashFromGovernor === null && created.every((c) => (governorIds.get(c.proposalId) ?? null) === null))
    return "unknown";
  return "not-content-hash";
}

/** Checks every proposal id: re-hashed from its content, else through the governor's `getProposalId`; a
 * mismatch counts as forged only where the scheme says ids can be checked (content hashes or a mapping). */
export function checkProposalIds(
  created: readonly CreatedContent[],
  scheme: IdScheme,
  governorIds: GovernorIds = new Map(),
): IdCheck[] {
  const checkable = scheme === "content-hash" || scheme === "sequential";
  return created.map((c): IdCheck => {
    const computed = contentProposalId(c);
    if (computed === c.proposalId)
      return { proposalId: c.proposalId, computed, status: "ok", via: "re-hash" };
    if (governorIds.get(c.proposalId) === c.proposalId)
      return { proposalId: c.proposalId, computed, status: "ok", via: "getProposalId" };
    return { proposalId: c.proposalId, computed, status: checkable ? "forged" : "unchecked", via: null };
  });
}
