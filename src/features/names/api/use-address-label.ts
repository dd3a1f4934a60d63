import { createContext, useContext } from "react";
import { addressName } from "@/config/address-names";
import { type EnsResolve, resolveOnChain, useEnsName } from "./ens-names";

/** The ENS resolver names come from: the chain's Universal Resolver (tests provide a fake one). */
export const EnsResolverContext = createContext<EnsResolve>(resolveOnChain);

/** An address's name: the devnet's own names first, then its primary ENS name where the chain has ENS. */
export function useAddressLabel(chainId: number, address: string): string | null {
  const resolve = useContext(EnsResolverContext);
  const known = addressName(chainId, address);
  // Asked even when known so the hooks stay in order; an empty address (and a chain without ENS) asks nothing.
  const ens = useEnsName(chainId, known ? "" : address, resolve);
  return known ?? ens ?? null;
}
