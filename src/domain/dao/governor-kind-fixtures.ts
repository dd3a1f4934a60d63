import type { GovernorKindProbe } from "@/chain/reads/governor-kind";
import { type GovernorKindInfo, governorKindFrom } from "./governor-kind";

const none: GovernorKindProbe = {
  supportsOz5: null,
  supportsOz49: null,
  supportsOz4: null,
  countingMode: null,
  version: null,
  clockMode: null,
  proposalCount: null,
  quorumVotes: null,
  implementation: null,
  admin: null,
  initialProposalId: null,
};

/** Hand-made probe answers of each kind, as the contracts answer them (tests and fixtures only). */
export const kindProbes = {
  oz5: {
    ...none,
    supportsOz5: true,
    supportsOz49: false,
    supportsOz4: false,
    countingMode: "support=bravo&quorum=for,abstain",
    version: "1",
    clockMode: "mode=blocknumber&from=default",
  },
  oz49: {
    ...none,
    supportsOz5: false,
    supportsOz49: true,
    supportsOz4: true,
    countingMode: "support=bravo&quorum=for,abstain",
    version: "1",
    clockMode: "mode=blocknumber&from=default",
  },
  oz49Bravo: {
    ...none,
    supportsOz5: false,
    supportsOz49: true,
    supportsOz4: true,
    countingMode: "support=bravo&quorum=bravo",
    version: "1",
    clockMode: "mode=blocknumber&from=default",
    quorumVotes: 40n,
  },
  alpha: { ...none, proposalCount: 3n, quorumVotes: 40_000_000n * 10n ** 18n },
  bravoDelegator: {
    ...none,
    proposalCount: 12n,
    quorumVotes: 400_000n * 10n ** 18n,
    implementation: "0x563A63d650a5D259abAE9248dddC0f7e0E00fE1A",
    admin: "0x6d903f6003cca6255D85CcA4D3B5E5146dC33925",
    initialProposalId: 43n,
  },
  none,
} satisfies Record<string, GovernorKindProbe>;

/** The OZ 5.x kind, for DAO fixtures. */
export const oz5Kind: GovernorKindInfo = governorKindFrom(kindProbes.oz5);
