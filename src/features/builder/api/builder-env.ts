import { type Address, getAddress, isAddress, isAddressEqual } from "viem";
import type { BuilderContextRead } from "@/chain/reads/builder-context";
import { parseAbiText } from "@/domain/abi-form/parse-abi";
import { knownContracts } from "@/domain/actions/known";
import type { KnownContract } from "@/domain/actions/types";
import type { DaoIdentity } from "@/domain/dao/identity";
import type { TemplateInput } from "@/domain/drafts/draft";
import { encodeRatify, encodeRetire } from "@/domain/drafts/template-charter";
import { encodeCustom, encodeRaw } from "@/domain/drafts/template-custom";
import { encodeGrant, type GrantAsset } from "@/domain/drafts/template-grant";
import {
  availableSettings,
  encodeParameter,
  type Setting,
  type SettingsContext,
} from "@/domain/drafts/template-parameter";
import type { TemplateResult } from "@/domain/drafts/template-result";

/** What the builder's forms and preview know about the DAO, at one block. */
export type BuilderEnv = {
  chainId: number;
  blockNumber: bigint;
  executor: Address;
  assets: GrantAsset[];
  charters: { address: Address; principles: { id: bigint; title: string; retired: boolean }[] }[];
  settings: Setting[];
  settingsCtx: SettingsContext;
  known: KnownContract[];
  treasuryBalances: Map<Address, bigint>;
};

const ETH_KEY: Address = "0x0000000000000000000000000000000000000000";

/** Builds the forms' environment from the DAO identity and the head reads. */
export function builderEnvOf(dao: DaoIdentity, read: BuilderContextRead): BuilderEnv {
  const settingsCtx: SettingsContext = {
    clock: dao.clock,
    blockSeconds: dao.blockSeconds,
    tokenDecimals: dao.token?.decimals ?? 0,
    tokenSymbol: dao.token?.symbol ?? "",
  };
  const treasuryBalances = new Map<Address, bigint>([[ETH_KEY, read.treasuryEth]]);
  for (const t of read.tokens) treasuryBalances.set(t.address, t.balance);
  return {
    chainId: dao.chainId,
    blockNumber: read.blockNumber,
    executor: dao.treasury.address,
    assets: [
      { asset: "ETH", symbol: "ETH", decimals: 18, balance: read.treasuryEth },
      ...read.tokens.map((t) => ({
        asset: t.address,
        symbol: t.symbol,
        decimals: t.decimals,
        balance: t.balance,
      })),
    ],
    charters: read.charters,
    settings: availableSettings(read.settings, settingsCtx),
    settingsCtx,
    known: knownContracts({ governor: dao.governor, timelock: dao.timelock, token: dao.token }, read.probes),
    treasuryBalances,
  };
}

/** Encodes any template's inputs against the environment. */
export function encodeInput(input: TemplateInput, env: BuilderEnv): TemplateResult {
  switch (input.kind) {
    case "grant":
      return encodeGrant(input.lines, env.assets);
    case "charter-ratify":
      return encodeRatify(input.charter, input.title, input.text, input.uri);
    case "charter-retire":
      return encodeRetire(input.charter, input.id, input.reason);
    case "parameter":
      return encodeParameter(
        env.settings.find((s) => s.key === input.setting),
        input.value,
        env.settingsCtx,
      );
    case "custom": {
      const parsed = parseAbiText(input.abi);
      if (!parsed.ok) return { ok: false, errors: [{ field: "abi", message: parsed.error }] };
      return encodeCustom(
        input.target,
        parsed.functions.find((f) => f.signature === input.signature),
        input.args,
        input.value,
      );
    }
    case "raw":
      return encodeRaw(input.target, input.value, input.calldata);
  }
}

/** The charter named in the link (any address), else the DAO's first known charter. */
export function charterFor(env: BuilderEnv, wanted?: string): Address | "" {
  const hit = wanted ? env.charters.find((c) => isAddressEqual(c.address, wanted as Address)) : undefined;
  if (hit) return getAddress(hit.address);
  if (wanted && isAddress(wanted, { strict: false })) return getAddress(wanted);
  return env.charters[0]?.address ?? "";
}
