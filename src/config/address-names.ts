import { devnetInfo } from "./devnet";

/**
 * The one name lookup for addresses: the devnet's named accounts and its DAOs' contracts (on the devnet's
 * chain only). Null when the address has no known name; nothing here is fetched from a third party.
 */
export function addressName(chainId: number, address: string): string | null {
  const devnet = devnetInfo();
  if (!devnet || devnet.chainId !== chainId) return null;
  const a = address.toLowerCase();
  const account = devnet.accounts.find((x) => x.address.toLowerCase() === a);
  if (account) return account.name;
  for (const dao of devnet.daos) {
    const contracts: [string | null, string][] = [
      [dao.governor, "governor"],
      [dao.timelock, "treasury (timelock)"],
      [dao.token, "voting token"],
      [dao.charter, "ethics charter"],
    ];
    const hit = contracts.find(([c]) => c?.toLowerCase() === a);
    if (hit) return `${dao.name} ${hit[1]}`;
  }
  return null;
}
