import { addressDiff } from "@/domain/security/look-alike";
import "./address-compare.css";

function Marked({ address, other }: { address: string; other: string }) {
  return (
    <code className="address-compare-value">
      {addressDiff(address, other).map((run, i) =>
        run.differs ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
          <mark key={i}>{run.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
          <span key={i}>{run.text}</span>
        ),
      )}
    </code>
  );
}

/** A look-alike next to the address it imitates, both in full, with the characters that differ marked. */
export function AddressCompare({ address, known, label }: { address: string; known: string; label: string }) {
  return (
    <dl className="address-compare" aria-label={`Compare with ${label}`}>
      <dt>This address</dt>
      <dd>
        <Marked address={address} other={known} />
      </dd>
      <dt>{label}</dt>
      <dd>
        <Marked address={known} other={address} />
      </dd>
      <dd className="address-compare-note">Marked: the characters that differ.</dd>
    </dl>
  );
}
