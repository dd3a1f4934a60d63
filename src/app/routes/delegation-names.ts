import { useMemo } from "react";
import { devnetInfo } from "@/config/devnet";

/** Names for addresses where the app knows them (the devnet's named accounts); undefined elsewhere. */
export function useAddressNames(chainId: number): (address: string) => string | undefined {
  return useMemo(() => {
    const info = devnetInfo();
    const names = new Map(
      info && info.chainId === chainId
        ? info.accounts.map((a) => [a.address.toLowerCase(), a.name] as const)
        : [],
    );
    return (address: string) => names.get(address.toLowerCase());
  }, [chainId]);
}
