import { aiCommonsTokenAbi } from "../../src/contracts/generated/ai-commons-token";
import type { AccountKey } from "./accounts";
import { aic, eth, usd } from "./ai-commons-proposals";
import { call } from "./chain";
import { HOUR, type SeedEvent, tokenOps } from "./seed-context";

// Day-0 AIC balances. Kavya, Lars and Mei never delegate: their tokens are the "idle" supply.
const GENESIS_AIC: [AccountKey, string][] = [
  ["ada", "1200000"],
  ["bao", "900000"],
  ["chidi", "700000"],
  ["dana", "500000"],
  ["elif", "300000"],
  ["farid", "400000"],
  ["greta", "350000"],
  ["hiro", "200000"],
  ["imani", "250000"],
  ["jonas", "50000"],
  ["kavya", "600000"],
];

const GENESIS_DELEGATION: [AccountKey, AccountKey][] = [
  ["ada", "ada"],
  ["bao", "bao"],
  ["chidi", "chidi"],
  ["dana", "dana"],
  ["jonas", "jonas"],
  ["elif", "ada"],
  ["imani", "ada"],
  ["farid", "bao"],
  ["greta", "chidi"],
  ["hiro", "dana"],
];

const GUILD_CGT: [AccountKey, string][] = [
  ["nadia", "300000"],
  ["omar", "200000"],
  ["bao", "150000"],
  ["chidi", "100000"],
  ["jonas", "50000"],
  ["dana", "100000"],
];

const GUILD_DELEGATION: [AccountKey, AccountKey][] = [
  ["nadia", "nadia"],
  ["omar", "nadia"],
  ["bao", "bao"],
  ["chidi", "chidi"],
  ["jonas", "jonas"],
];

/** Mints, transfers, delegations and treasury inflows, spread over the months. */
export const holderEvents: SeedEvent[] = [
  {
    at: (t) => t.day(0) + HOUR,
    label: "AIC genesis distribution, delegations, AI Commons treasury funded",
    async run(ctx) {
      const ops = tokenOps(ctx);
      for (const [who, amount] of GENESIS_AIC) await ops.aic.mint("ada", ctx.cast[who], aic(amount));
      await ops.aic.mint("ada", ctx.d.timelock, aic("3000000"));
      for (const [from, to] of GENESIS_DELEGATION) await ops.aic.delegate(from, to);
      await ops.tusd.mint("ada", ctx.d.timelock, usd("500000"));
      await ops.sendEth("ada", ctx.d.timelock, eth("150"));
    },
  },
  {
    at: (t) => t.day(5) + 7 * HOUR,
    label: "Kavya sends Mei her first AIC",
    run: (ctx) => tokenOps(ctx).aic.transfer("kavya", ctx.cast.mei, aic("50000")),
  },
  {
    at: (t) => t.day(20) + 15 * HOUR,
    label: "New-member mint for Mei; Ada passes tokens to Elif",
    async run(ctx) {
      const ops = tokenOps(ctx);
      await ops.aic.mint("ada", ctx.cast.mei, aic("100000"));
      await ops.aic.transfer("ada", ctx.cast.elif, aic("100000"));
    },
  },
  {
    at: (t) => t.day(25) + 10 * HOUR,
    label: "Compute Guild launch: CGT distribution, delegations, guild treasury",
    async run(ctx) {
      const ops = tokenOps(ctx);
      for (const [who, amount] of GUILD_CGT) await ops.cgt.mint("nadia", ctx.cast[who], aic(amount));
      for (const [from, to] of GUILD_DELEGATION) await ops.cgt.delegate(from, to);
      await ops.sendEth("nadia", ctx.d.guild, eth("40"));
      await ops.tusd.mint("ada", ctx.d.guild, usd("250000"));
    },
  },
  {
    at: (t) => t.day(70) + 11 * HOUR,
    label: "Mints for Lars and Jonas; Farid sends Hiro tokens",
    async run(ctx) {
      const ops = tokenOps(ctx);
      await ops.aic.mint("ada", ctx.cast.lars, aic("400000"));
      await ops.aic.mint("ada", ctx.cast.jonas, aic("25000"));
      await ops.aic.transfer("farid", ctx.cast.hiro, aic("50000"));
    },
  },
  {
    at: (t) => t.day(100) + 9 * HOUR,
    label: "AIC minting rights move to the timelock",
    run: (ctx) =>
      ctx.chain.send(
        ctx.cast.ada,
        call(ctx.d.aic, {
          abi: aiCommonsTokenAbi,
          functionName: "transferOwnership",
          args: [ctx.d.timelock],
        }),
        "AIC ownership to timelock",
      ),
  },
  {
    at: (t) => t.day(140) + 14 * HOUR,
    label: "Kavya sends Lars tokens; Greta re-delegates from Chidi to Dana",
    async run(ctx) {
      const ops = tokenOps(ctx);
      await ops.aic.transfer("kavya", ctx.cast.lars, aic("100000"));
      await ops.aic.delegate("greta", "dana");
    },
  },
  {
    at: (t) => t.day(150) + 16 * HOUR,
    label: "Quarterly tUSD donation to the AI Commons treasury",
    run: (ctx) => tokenOps(ctx).tusd.mint("ada", ctx.d.timelock, usd("150000")),
  },
  {
    at: (t) => t.day(165) + 12 * HOUR,
    label: "Imani sends Jonas tokens",
    run: (ctx) => tokenOps(ctx).aic.transfer("imani", ctx.cast.jonas, aic("30000")),
  },
  {
    at: (t) => t.day(180) + 10 * HOUR,
    label: "ETH donation to the AI Commons treasury",
    run: (ctx) => tokenOps(ctx).sendEth("bao", ctx.d.timelock, eth("25")),
  },
];
