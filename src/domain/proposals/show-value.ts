/** A value as compared and shown in a mismatch line: "none" for a missing one, bigints as decimal strings. */
export const showValue = (v: unknown): string =>
  v === null || v === undefined
    ? "none"
    : typeof v === "object"
      ? JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x))
      : String(v);
