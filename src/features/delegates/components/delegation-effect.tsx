import { type HolderNow, ordinal, rankAfterMove } from "@/domain/delegation/delegate-input";
import { amount, type TokenUnits } from "./token-units";

type Props = {
  holder: HolderNow;
  delegatee: string;
  rows: readonly { address: string; votes: bigint }[];
  units: TokenUnits;
  nameOf: (a: string) => string | undefined;
};

/** "Your 1,200 AIC move from X to Y; Y rises from 3rd to 2nd." */
export function DelegationEffect({ holder, delegatee, rows, units, nameOf }: Props) {
  const label = (a: string) =>
    a.toLowerCase() === holder.address.toLowerCase()
      ? "yourself"
      : (nameOf(a) ?? `${a.slice(0, 6)}…${a.slice(-4)}`);
  const from = holder.currentDelegate;
  const move = rankAfterMove(rows, from, delegatee, holder.balance);
  const who = label(delegatee);
  const rank =
    move.before === null
      ? `${who} enters the leaderboard at ${ordinal(move.after)}`
      : move.before === move.after
        ? `${who} stays ${ordinal(move.after)}`
        : `${who} ${move.after < move.before ? "rises" : "falls"} from ${ordinal(move.before)} to ${ordinal(move.after)}`;
  return (
    <p className="effect" data-testid="delegation-effect">
      Your {amount(holder.balance, units)}{" "}
      {from ? `move from ${label(from)} to ${who}` : `start counting for ${who}`}; {rank} with{" "}
      {amount(move.votesAfter, units)}.
    </p>
  );
}
