import type { Address, Hex } from "viem";
import type { CharterModel } from "./model";

/** A charter's principles as its contract returns them (see chain/reads/charter-reads). */
export type CharterReadLike = {
  charter: Address;
  principles: { id: bigint; title: string; uri: string; contentHash: Hex; retired: boolean }[] | null;
};

/** Whether the principles replayed from logs equal what the contracts return at the same block. */
export type CharterCheck = { block: number; compared: number; problems: string[] };

/** Compares the model with the contracts' own reads: same ids, titles, URIs, hashes and retired flags. */
export function checkCharterAgainstReads(
  model: CharterModel,
  reads: readonly CharterReadLike[],
): CharterCheck {
  const problems: string[] = [];
  let compared = 0;
  const all = [...model.active, ...model.retired];
  for (const r of reads) {
    const logged = all.filter((p) => p.charter.toLowerCase() === r.charter.toLowerCase());
    if (r.principles === null) {
      problems.push(`${r.charter} does not answer principleCount().`);
      continue;
    }
    if (r.principles.length !== logged.length)
      problems.push(
        `${r.charter}: ${r.principles.length} principles on chain, ${logged.length} in the logs.`,
      );
    for (const onChain of r.principles) {
      compared++;
      const p = logged.find((x) => x.id === onChain.id);
      const same =
        p &&
        p.title === onChain.title &&
        p.uri === onChain.uri &&
        p.contentHash.toLowerCase() === onChain.contentHash.toLowerCase() &&
        (p.retired !== null) === onChain.retired;
      if (!same) problems.push(`Principle #${onChain.id} of ${r.charter} differs from its logs.`);
    }
  }
  return { block: model.atBlock, compared, problems };
}
