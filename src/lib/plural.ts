import { formatInteger } from "./format";

/** A count with its noun in the right number: "1 request", "3 requests", "1,200 drafts" (`many` defaults to one + "s"). */
export function countOf(n: number | bigint, one: string, many = `${one}s`): string {
  return `${formatInteger(n)} ${n === 1 || n === 1n ? one : many}`;
}
