import type { Address } from "viem";
import type { DevnetAccount } from "../../src/config/devnet-info";

/** Who the 20 anvil accounts are in the story, by index (anvil's default mnemonic, so addresses never change). */
const PLAN = [
  { key: "ada", name: "Ada Okafor", role: "delegate" }, // deploys AI Commons
  { key: "bao", name: "Bao Tran", role: "delegate" },
  { key: "chidi", name: "Chidi Mensah", role: "delegate" },
  { key: "dana", name: "Dana Whitfield", role: "delegate" },
  { key: "elif", name: "Elif Demir", role: "holder" },
  { key: "farid", name: "Farid Haddad", role: "holder" },
  { key: "greta", name: "Greta Lindqvist", role: "holder" },
  { key: "hiro", name: "Hiro Tanaka", role: "holder" },
  { key: "imani", name: "Imani Njoroge", role: "holder" },
  { key: "jonas", name: "Jonas Weber", role: "delegate" },
  { key: "kavya", name: "Kavya Rao", role: "idle" },
  { key: "lars", name: "Lars Eriksen", role: "idle" },
  { key: "mei", name: "Mei Chen", role: "idle" },
  { key: "openEval", name: "Open Eval Lab", role: "grantee" },
  { key: "redTeam", name: "Red Team Collective", role: "grantee" },
  { key: "babel", name: "Babel Translators", role: "grantee" },
  { key: "fineTune", name: "Fine-Tune Cooperative", role: "grantee" },
  { key: "inferex", name: "Inferex Cloud (outside vendor)", role: "outsider" },
  { key: "nadia", name: "Nadia Petrova", role: "guild-delegate" }, // deploys Compute Guild
  { key: "omar", name: "Omar Farouk", role: "guild-member" },
] as const;

export type AccountKey = (typeof PLAN)[number]["key"];

/** Addresses by story name. */
export type Cast = Record<AccountKey, Address>;

/** Maps anvil's `eth_accounts` (in index order) onto the story's cast. */
export function castFromAccounts(addresses: readonly Address[]): Cast {
  if (addresses.length < PLAN.length)
    throw new Error(`anvil has ${addresses.length} accounts, need ${PLAN.length}`);
  return Object.fromEntries(PLAN.map((p, i) => [p.key, addresses[i]])) as Cast;
}

/** The accounts list for devnet.json. */
export function devnetAccounts(cast: Cast): DevnetAccount[] {
  return PLAN.map((p) => ({ name: p.name, address: cast[p.key], role: p.role }));
}
