import { type Address, checksumAddress, type Hex, hexToBytes } from "viem";

/** Thrown by a reader when the input is not the plain, well-formed encoding it specialises: the caller then
 * hands the log to viem's generic decoder, which decides (decodes it, or throws as it always did). */
export const DECLINE = Symbol("decline");
/** Thrown when viem's generic path is certain to fail too (too few topics, data shorter than the head). */
export const FAILS = Symbol("fails");

const HASH = /^0x[0-9a-fA-F]{64}$/;
const HEX = /^0x[0-9a-fA-F]*$/;
const ZEROS = "0".repeat(64);
const utf8 = new TextDecoder();

/** A log's data without its 0x, when it is even-length hex (viem reads nothing else the same way). */
export function dataHex(data: string): string {
  if (data.length % 2 !== 0 || !HEX.test(data)) throw DECLINE;
  return data.slice(2);
}

/** A 32-byte topic without its 0x. */
export function topicHex(topic: string | undefined): string {
  if (topic === undefined || !HASH.test(topic)) throw DECLINE;
  return topic.slice(2);
}

// viem checksums every decoded address (a keccak each, behind an 8,192-entry cache); a DAO has tens of
// thousands of holders, so this cache is larger. Cleared when full rather than evicted one by one.
const checksummed = new Map<string, Address>();
const CHECKSUM_CACHE = 100_000;

/** The address in the low 20 bytes of the word at hex index `at`, checksummed as viem does. */
export function addressAt(hex: string, at: number): Address {
  const low = hex.slice(at + 24, at + 64).toLowerCase();
  const known = checksummed.get(low);
  if (known) return known;
  if (checksummed.size >= CHECKSUM_CACHE) checksummed.clear();
  const address = checksumAddress(`0x${low}`);
  checksummed.set(low, address);
  return address;
}

/** The word at hex index `at` as an unsigned integer. */
export const uintAt = (hex: string, at: number): bigint => BigInt(`0x${hex.slice(at, at + 64)}`);

/** The word as a number, for uintN with N <= 48 (viem's type for those); declines past a safe integer. */
export function smallUintAt(hex: string, at: number): number {
  const n = uintAt(hex, at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw DECLINE;
  return Number(n);
}

/** The first `bytes` bytes of the word (bytesN), lower-case as viem writes hex. */
export const fixedBytesAt = (hex: string, at: number, bytes: number): Hex =>
  `0x${hex.slice(at, at + 2 * bytes).toLowerCase()}`;

/** The word as a bool: only 0 and 1 (viem throws on anything else). */
export function boolAt(hex: string, at: number): boolean {
  const word = hex.slice(at, at + 64);
  if (word === ZEROS) return false;
  if (word === `${ZEROS.slice(1)}1`) return true;
  throw DECLINE;
}

/** A size or offset word: small, or declined (viem throws past a safe integer; no real log is that big). */
function sizeAt(hex: string, at: number): number {
  if (at + 64 > hex.length || hex.slice(at, at + 48) !== ZEROS.slice(0, 48)) throw DECLINE;
  return Number.parseInt(hex.slice(at + 48, at + 64), 16);
}

/** The hex of a dynamic value (string, bytes) whose offset word is at `at` (offsets count from the start of
 * the data, as in an event's top-level tuple); declines when it does not lie inside the data. */
function tailAt(hex: string, at: number): string {
  const start = 2 * sizeAt(hex, at);
  const length = sizeAt(hex, start);
  const end = start + 64 + 2 * length;
  if (end > hex.length) throw DECLINE;
  return hex.slice(start + 64, end);
}

/** A dynamic `bytes` value, lower-case. */
export const bytesAt = (hex: string, at: number): Hex => `0x${tailAt(hex, at).toLowerCase()}`;

/** A `string` value, decoded as UTF-8 the way viem does (TextDecoder's defaults). */
export function stringAt(hex: string, at: number): string {
  const tail = tailAt(hex, at);
  return tail.length === 0 ? "" : utf8.decode(hexToBytes(`0x${tail}`));
}
