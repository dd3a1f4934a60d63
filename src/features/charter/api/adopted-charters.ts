import { queryOptions, useQuery } from "@tanstack/react-query";
import { type Address, getAddress, isAddress } from "viem";

const STORAGE_KEY = "plenum.charters.v1";

type Params = { chainId: number; governor: Address };
const slot = (p: Params) => `${p.chainId}:${p.governor.toLowerCase()}`;

/** Everything remembered, tolerant of a corrupted or foreign value (it is just dropped). */
function readAll(): Record<string, Address[]> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    if (typeof raw !== "object" || raw === null) return {};
    const out: Record<string, Address[]> = {};
    for (const [k, v] of Object.entries(raw))
      if (Array.isArray(v))
        out[k] = v
          .filter((a): a is string => typeof a === "string" && isAddress(a))
          .map((a) => getAddress(a));
    return out;
  } catch {
    return {};
  }
}

/** Charters adopted for a DAO from this browser (deployed here, perhaps not yet targeted by any proposal). */
export function adoptedChartersOf(p: Params): Address[] {
  return readAll()[slot(p)] ?? [];
}

/** Remembers a charter adopted for a DAO in this browser. */
export function rememberAdoptedCharter(p: Params, charter: Address): void {
  const all = readAll();
  const known = all[slot(p)] ?? [];
  if (!known.some((a) => a.toLowerCase() === charter.toLowerCase()))
    all[slot(p)] = [...known, getAddress(charter)];
  localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}

/** The adopted charters of a DAO, from localStorage. */
export function adoptedChartersQueryOptions(p: Params) {
  return queryOptions({
    queryKey: ["charter", "adopted", p] as const,
    queryFn: ({ queryKey }) => adoptedChartersOf(queryKey[2]),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The adopted charters of a DAO (empty until read). */
export function useAdoptedCharters(chainId: number, governor: Address): Address[] {
  return useQuery(adoptedChartersQueryOptions({ chainId, governor })).data ?? EMPTY;
}

const EMPTY: Address[] = [];
