import { createPublicClient, http } from "viem";
import { foundry } from "viem/chains";
import { aiCommonsGovernorAbi } from "../../src/contracts/generated/ai-commons-governor";
import { PROPOSAL_STATES } from "../../src/domain/proposals/state";
import type { Devnet } from "./start";

/** Each seeded proposal with its current on-chain state name. */
export async function proposalStates(devnet: Pick<Devnet, "rpcUrl" | "info" | "proposals">) {
  const client = createPublicClient({ chain: foundry, transport: http(devnet.rpcUrl) });
  const governorOf = (dao: string) => devnet.info.daos.find((d) => d.key === dao)?.governor;
  return Promise.all(
    devnet.proposals.map(async (p) => {
      const address = governorOf(p.dao);
      if (!address) throw new Error(`no governor for ${p.dao}`);
      const state = await client.readContract({
        address,
        abi: aiCommonsGovernorAbi,
        functionName: "state",
        args: [p.id],
      });
      return { ...p, state: PROPOSAL_STATES[state] ?? `state ${state}` };
    }),
  );
}

/** A human-readable summary of a running devnet: addresses, proposals with states, accounts. */
export async function devnetSummary(devnet: Devnet): Promise<string> {
  const lines = [`Plenum devnet on ${devnet.rpcUrl} (chain ${devnet.info.chainId})`, ""];
  for (const dao of devnet.info.daos) {
    lines.push(`${dao.name}`);
    lines.push(`  governor ${dao.governor}   token ${dao.token}   deploy block ${dao.deployBlock}`);
    if (dao.timelock) lines.push(`  timelock ${dao.timelock}   charter ${dao.charter ?? "-"}`);
    lines.push(`  tUSD     ${dao.stable}`);
  }
  lines.push("", "Proposals");
  for (const p of await proposalStates(devnet)) {
    const dao = p.dao === "aiCommons" ? "AI Commons   " : "Compute Guild";
    lines.push(`  ${dao}  ${p.state.padEnd(9)} ${p.key.padEnd(22)} ${p.id}`);
  }
  lines.push("", "Accounts (unlocked; the Devnet wallet signs as any of them)");
  for (const a of devnet.info.accounts) lines.push(`  ${a.address}  ${a.role.padEnd(14)} ${a.name}`);
  const { seedSeconds, blocks } = devnet.stats;
  lines.push("", `Seeded ${blocks} blocks in ${seedSeconds.toFixed(1)} s.`);
  return lines.join("\n");
}
