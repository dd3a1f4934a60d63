/**
 * A case-insensitive test for one address, for filtering many decoded logs by contract: viem's `isAddressEqual`
 * checks both arguments with a regular expression on every call (and builds an error for a bad one), which
 * over a whole history's events cost tens of ms per filter. The addresses compared here come from the decoder.
 */
export function addressIs(address: string): (other: string) => boolean {
  const want = address.toLowerCase();
  return (other) => other.length === want.length && other.toLowerCase() === want;
}
