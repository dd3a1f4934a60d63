import type { DecodedAction, DecodedArg } from "@/domain/actions/types";
import { formatAmount, shortAddress } from "@/lib/format";

const eth = (wei: bigint) => `${formatAmount(wei, 18, 4)} ETH`;

function argText(arg: DecodedArg): string {
  if (arg.amount)
    return `${formatAmount(arg.amount.value, arg.amount.decimals, 4)} ${arg.amount.symbol}`.trim();
  if (typeof arg.value === "bigint") return arg.value.toLocaleString("en-US");
  if (Array.isArray(arg.value)) return `[${arg.value.map(String).join(", ")}]`;
  return String(arg.value);
}

function Arg({ arg }: { arg: DecodedArg }) {
  return (
    <li>
      <span className="arg-name">{arg.name}</span> <span className="arg-type">({arg.type})</span>:{" "}
      <code className="arg-value">{argText(arg)}</code>
      {arg.label && <span className="arg-label"> — {arg.label}</span>}
    </li>
  );
}

function Target({ action }: { action: DecodedAction }) {
  return (
    <span className="action-target" title={action.target}>
      {action.targetLabel ?? shortAddress(action.target)}
      {!action.targetLabel && <span className="badge badge-muted">unknown contract</span>}
    </span>
  );
}

function ActionItem({ action }: { action: DecodedAction }) {
  const header = action.call ? (
    <>
      <code className="action-fn">{action.call.functionName}</code> on <Target action={action} />
    </>
  ) : action.calldata === "0x" ? (
    <>
      Send {eth(action.value)} to <Target action={action} />
    </>
  ) : (
    <>
      Raw call to <Target action={action} /> <span className="badge badge-muted">not decoded</span>
    </>
  );
  return (
    <li className="action">
      <p className="action-head">
        <span className="action-index">{action.index + 1}.</span> {header}
        {action.call && action.value > 0n && <span className="action-value"> with {eth(action.value)}</span>}
      </p>
      {action.call && action.call.args.length > 0 && (
        <ul className="action-args">
          {action.call.args.map((a) => (
            <Arg key={a.name} arg={a} />
          ))}
        </ul>
      )}
      {!action.call && action.calldata !== "0x" && (
        <details>
          <summary>Raw calldata ({(action.calldata.length - 2) / 2} bytes)</summary>
          <code className="calldata">{action.calldata}</code>
        </details>
      )}
    </li>
  );
}

/** What the proposal would do, action by action, decoded where the app knows the contract. */
export function ActionList({ actions }: { actions: readonly DecodedAction[] }) {
  if (actions.length === 0) return <p>This proposal has no on-chain actions (a signalling vote).</p>;
  return (
    <ol className="action-list" aria-label="Proposed actions">
      {actions.map((a) => (
        <ActionItem key={a.index} action={a} />
      ))}
    </ol>
  );
}
