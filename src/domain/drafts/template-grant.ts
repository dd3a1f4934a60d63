import {
  type Address,
  encodeFunctionData,
  erc20Abi,
  formatUnits,
  getAddress,
  isAddress,
  isAddressEqual,
} from "viem";
import { parseAmount } from "@/domain/abi-form/amount";
import type { DraftAction, GrantLine } from "./draft";
import type { FieldError, TemplateResult } from "./template-result";

/** An asset the treasury can pay in; `balance` is the treasury's at the head (null when unread). */
export type GrantAsset = { asset: "ETH" | Address; symbol: string; decimals: number; balance: bigint | null };

const assetOf = (assets: readonly GrantAsset[], key: string) =>
  assets.find((a) => (a.asset === "ETH" ? key === "ETH" : isAddress(key) && isAddressEqual(a.asset, key)));

/** Encodes a funding grant: one ETH transfer or ERC-20 `transfer` per recipient, checked against the
 * treasury's balances (the sum per asset, since the actions run one after another). */
export function encodeGrant(lines: readonly GrantLine[], assets: readonly GrantAsset[]): TemplateResult {
  const errors: FieldError[] = [];
  const actions: DraftAction[] = [];
  const totals = new Map<GrantAsset, bigint>();
  if (lines.length === 0) errors.push({ field: "lines", message: "Add at least one recipient." });
  for (const [line, l] of lines.entries()) {
    const asset = assetOf(assets, l.asset);
    if (!isAddress(l.to.trim(), { strict: false }))
      errors.push({ field: "to", line, message: "Not an address (0x and 40 hex digits)." });
    if (!asset) {
      errors.push({ field: "asset", line, message: "Pick an asset the treasury holds." });
      continue;
    }
    const amount = parseAmount(l.amount, asset.decimals);
    if (!amount.ok) {
      errors.push({ field: "amount", line, message: amount.error });
      continue;
    }
    const total = (totals.get(asset) ?? 0n) + amount.value;
    totals.set(asset, total);
    if (asset.balance !== null && total > asset.balance)
      errors.push({
        field: "amount",
        line,
        message: `More than the treasury holds: ${formatUnits(asset.balance, asset.decimals)} ${asset.symbol}${total > amount.value ? " in all, across the lines above" : ""}.`,
      });
    if (!isAddress(l.to.trim(), { strict: false })) continue;
    const to = getAddress(l.to.trim());
    const label = `Pay ${formatUnits(amount.value, asset.decimals)} ${asset.symbol} to ${to}`;
    actions.push(
      asset.asset === "ETH"
        ? { target: to, value: amount.value, calldata: "0x", label }
        : {
            target: asset.asset,
            value: 0n,
            calldata: encodeFunctionData({
              abi: erc20Abi,
              functionName: "transfer",
              args: [to, amount.value],
            }),
            label,
          },
    );
  }
  return errors.length ? { ok: false, errors } : { ok: true, actions };
}
