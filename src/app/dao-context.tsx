import { createContext, useContext } from "react";
import type { DaoIdentity } from "@/domain/dao/identity";

/** The identity of the DAO whose pages are showing; set by the DAO layout route. */
export const DaoContext = createContext<DaoIdentity | null>(null);

/** The current DAO's identity; only valid inside a `#/<chainId>/<governor>/…` route. */
export function useDao(): DaoIdentity {
  const dao = useContext(DaoContext);
  if (!dao) throw new Error("useDao() used outside a DAO route");
  return dao;
}
