import { AddressName } from "@/components/address";
import type { DecodedAction, DecodedArg } from "@/domain/actions/types";
import { viewUri } from "@/domain/actions/uri-text";
import { exactAmount } from "@/lib/format";

// Exact: what an action moves is shown to the last unit (a rounded "1,300" could hide 1,300.000001).
const eth = (wei: bigint) => `${exactAmount(wei, 18)} ETH`;

function argText(arg: DecodedArg): string {
  if (arg.amount) return `${exactAmount(arg.amount.value, arg.amount.decimals)} ${arg.amount.symbol}`.trim();
  if (typeof arg.value === "bigint") return arg.value.toLocaleString("en-US");
  if (Array.isArray(arg.value)) return `[${arg.value.map(String).join(", ")}]`;
  return String(arg.value);
}

/** A string argument holding a URI: a data: URI's text (shown as escaped text), or a link's host. */
function UriValue({ uri }: { uri: string }) {
  const view = viewUri(uri);
  if (view.kind === "text") {
    return (
      <details className="arg-text">
        <summary>Text given inline ({view.mediaType})</summary>
        <pre>{view.text}</pre>
      </details>
    );
  }
  if (view.kind === "link") {
    return (
      <span title={uri}>
        a {view.scheme} link on <code>{view.host}</code>
      </span>
    );
  }
  return <code className="arg-value">{uri.length > 120 ? `${uri.slice(0, 120)}…` : uri}</code>;
}

function Arg({ arg, chainId }: { arg: DecodedArg; chainId: number }) {
  const value =
    arg.type === "address" && typeof arg.value === "string" && !arg.label ? (
      <AddressName address={arg.value} chainId={chainId} />
    ) : arg.type === "string" && typeof arg.value === "string" && /^[a-z][a-z0-9+.-]*:/i.test(arg.value) ? (
      <UriValue uri={arg.value} />
    ) : (
      <code className="arg-value">{argText(arg)}</code>
    );
  return (
    <li>
      <span className="arg-name">{arg.name}</span> <span className="arg-type">({arg.type})</span>: {value}
      {arg.label && <span className="arg-label"> — {arg.label}</span>}
    </li>
  );
}

function Target({ action, chainId }: { action: DecodedAction; chainId: number }) {
  if (action.targetLabel) {
    return (
      <span className="action-target" title={action.target}>
        {action.targetLabel}
      </span>
    );
  }
  return (
    <span className="action-target">
      <AddressName address={action.target} chainId={chainId} />{" "}
      <span className="badge badge-muted">
        {action.noCode ? "an account with no code" : "unknown contract"}
      </span>
    </span>
  );
}

function ActionItem({ action, chainId }: { action: DecodedAction; chainId: number }) {
  const target = <Target action={action} chainId={chainId} />;
  const header = action.call ? (
    <>
      <code className="action-fn">{action.call.functionName}</code> on {target}
    </>
  ) : action.calldata === "0x" ? (
    <>
      Send {eth(action.value)} to {target}
    </>
  ) : (
    <>
      Raw call to {target} <span className="badge badge-muted">not decoded</span>
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
            <Arg key={a.name} arg={a} chainId={chainId} />
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
export function ActionList({ actions, chainId }: { actions: readonly DecodedAction[]; chainId: number }) {
  if (actions.length === 0) return <p>This proposal has no on-chain actions (a signalling vote).</p>;
  return (
    <ol className="action-list" aria-label="Proposed actions">
      {actions.map((a) => (
        <ActionItem key={a.index} action={a} chainId={chainId} />
      ))}
    </ol>
  );
}
