import { useMemo } from "react";
import type { DaoIdentity } from "@/domain/dao/identity";
import { useLeaderboard } from "@/features/delegates/api/leaderboard";
import { DelegateAction } from "@/features/delegates/components/delegate-action";
import { useNameLookup } from "@/features/names/api/use-name-lookup";
import { shortProposalId } from "@/lib/proposal-id";
import { useDaoHistory } from "../use-dao-history";

/**
 * What the delegate and me pages share: the synced history, the leaderboard at `at`, names for the page's
 * own `accounts` and everyone on the board (devnet names, then verified ENS names), and proposal titles.
 */
export function useDelegationPage(dao: DaoIdentity, at: unknown, accounts: readonly string[]) {
  const history = useDaoHistory(dao);
  const lb = useLeaderboard(dao, history.synced, at);
  const rows = lb.board?.rows;
  const named = useMemo(() => [...accounts, ...(rows ?? []).map((r) => r.address)], [accounts, rows]);
  const nameOf = useNameLookup(dao.chainId, named);
  const proposals = lb.proposals;
  const titleOf = useMemo(() => {
    const titles = new Map(proposals.map((p) => [p.id, p.title]));
    return (id: bigint) => titles.get(id) ?? `Proposal ${shortProposalId(id)}`;
  }, [proposals]);
  return { ...history, lb, nameOf, titleOf, base: `#/${dao.chainId}/${dao.governor}` };
}

type Page = ReturnType<typeof useDelegationPage>;

/** The delegate action on a delegation page, once its leaderboard is in (nothing before, or without a token). */
export function PageDelegateAction({
  dao,
  page,
  target,
  heading,
}: {
  dao: DaoIdentity;
  page: Page;
  target: string;
  heading?: string;
}) {
  const token = dao.token;
  const rows = page.lb.board?.rows;
  if (!token || !rows) return null;
  return (
    <DelegateAction
      chainId={dao.chainId}
      governor={dao.governor}
      token={token.address}
      units={{ decimals: token.decimals, symbol: token.symbol }}
      rows={rows}
      nameOf={page.nameOf}
      target={target}
      {...(heading !== undefined && { heading })}
    />
  );
}
