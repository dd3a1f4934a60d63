import type { Address } from "viem";
import { shortAddress } from "@/lib/format";

/** The id the proposal will have, so an author and a reviewer of a shared link can compare payloads. */
export function ProposalIdLine({
  id,
  proposer,
  readOnly,
}: {
  id: bigint | null;
  proposer: Address | null;
  readOnly: boolean;
}) {
  if (id === null || !proposer)
    return (
      <p className="muted" data-testid="draft-proposal-id">
        {readOnly
          ? "This link does not name its author, so the proposal id (which depends on the #proposer= suffix) cannot be computed."
          : "Connect a wallet to see the proposal id: it depends on the #proposer= suffix with your address."}
      </p>
    );
  return (
    <p data-testid="draft-proposal-id" className="proposal-id-line">
      Proposal id if {readOnly ? shortAddress(proposer) : "you"} publish{readOnly ? "es" : ""} it now:{" "}
      <code>{id.toString()}</code>
    </p>
  );
}
