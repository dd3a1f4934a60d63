import { type Address, isAddress } from "viem";

/** One DAO deployed on the local devnet. `timelock` is null when the governor holds its own treasury. */
export type DevnetDao = {
  key: "aiCommons" | "computeGuild";
  name: string;
  governor: Address;
  token: Address;
  timelock: Address | null;
  charter: Address | null;
  stable: Address;
  deployBlock: number;
};

/** A named anvil account (unlocked on the devnet). */
export type DevnetAccount = { name: string; address: Address; role: string };

/** What `npm run devnet` writes to `.devnet/devnet.json` and the app reads from `./devnet.json`. */
export type DevnetInfo = {
  chainId: number;
  rpcUrl: string;
  daos: DevnetDao[];
  accounts: DevnetAccount[];
};

const address = (v: unknown, what: string): Address => {
  if (typeof v !== "string" || !isAddress(v)) throw new Error(`devnet.json: ${what} is not an address`);
  return v;
};

const record = (v: unknown, what: string): Record<string, unknown> => {
  if (typeof v !== "object" || v === null) throw new Error(`devnet.json: ${what} is not an object`);
  return v as Record<string, unknown>;
};

/** Validates untrusted JSON as DevnetInfo; throws an Error naming the first bad field. */
export function parseDevnetInfo(json: unknown): DevnetInfo {
  const root = record(json, "root");
  if (typeof root.chainId !== "number" || !Number.isInteger(root.chainId))
    throw new Error("devnet.json: bad chainId");
  if (typeof root.rpcUrl !== "string" || !/^https?:\/\//.test(root.rpcUrl))
    throw new Error("devnet.json: bad rpcUrl");
  if (!Array.isArray(root.daos) || !Array.isArray(root.accounts))
    throw new Error("devnet.json: daos/accounts missing");
  const daos = root.daos.map((d, i): DevnetDao => {
    const r = record(d, `daos[${i}]`);
    if (r.key !== "aiCommons" && r.key !== "computeGuild") throw new Error(`devnet.json: daos[${i}].key`);
    return {
      key: r.key,
      name: String(r.name ?? ""),
      governor: address(r.governor, `daos[${i}].governor`),
      token: address(r.token, `daos[${i}].token`),
      timelock: r.timelock === null ? null : address(r.timelock, `daos[${i}].timelock`),
      charter:
        r.charter === null || r.charter === undefined ? null : address(r.charter, `daos[${i}].charter`),
      stable: address(r.stable, `daos[${i}].stable`),
      deployBlock: Number(r.deployBlock ?? 0),
    };
  });
  const accounts = root.accounts.map((a, i): DevnetAccount => {
    const r = record(a, `accounts[${i}]`);
    return {
      name: String(r.name ?? ""),
      address: address(r.address, `accounts[${i}].address`),
      role: String(r.role ?? ""),
    };
  });
  return { chainId: root.chainId, rpcUrl: root.rpcUrl, daos, accounts };
}
