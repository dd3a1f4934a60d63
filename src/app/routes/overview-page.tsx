import { chainName } from "@/config/chains";
import { DaoOverview } from "@/features/dao/components/dao-overview";
import { useDao } from "../dao-context";

/** `#/<chainId>/<governor>/`: the DAO's overview. */
export function OverviewPage() {
  const dao = useDao();
  return <DaoOverview dao={dao} chainName={chainName(dao.chainId)} />;
}
