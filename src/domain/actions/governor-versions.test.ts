import { type Address, encodeFunctionData, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { proposalCategory } from "./category";
import { decodeAction } from "./decode";
import { knownContracts } from "./known";
import { riskFlags } from "./risk";

const addr = (n: number): Address => `0x${n.toString(16).padStart(40, "0")}`;
const governor = addr(0xa1);
const timelock = addr(0xa2);
const newAdmin = addr(0xbad);
const known = knownContracts({ governor, timelock, token: null }, []);

// Encoded from the functions' own signatures, as a 4.x governor, GovernorBravo or Compound's Timelock has them.
type Case = [string, "governor" | "timelock", unknown[], string];
const RULES = "Changes governance rules";
const CONTROL = "Changes who controls the DAO";
const cases: Case[] = [
  ["function setVotingDelay(uint256 newVotingDelay)", "governor", [7200n], RULES],
  ["function setVotingPeriod(uint256 newVotingPeriod)", "governor", [50400n], RULES],
  ["function setProposalThreshold(uint256 newProposalThreshold)", "governor", [10n ** 21n], RULES],
  ["function updateQuorumNumerator(uint256 newQuorumNumerator)", "governor", [4n], RULES],
  ["function updateTimelock(address newTimelock)", "governor", [newAdmin], "Changes who executes"],
  ["function setLateQuorumVoteExtension(uint64 newVoteExtension)", "governor", [7200n], RULES],
  ["function _setVotingDelay(uint256 newVotingDelay)", "governor", [13140n], RULES],
  ["function _setVotingPeriod(uint256 newVotingPeriod)", "governor", [19710n], RULES],
  ["function _setProposalThreshold(uint256 newProposalThreshold)", "governor", [25n * 10n ** 21n], RULES],
  ["function _setPendingAdmin(address newPendingAdmin)", "governor", [newAdmin], CONTROL],
  ["function _acceptAdmin()", "governor", [], CONTROL],
  [
    "function _setWhitelistAccountExpiration(address account, uint256 expiration)",
    "governor",
    [newAdmin, 1_900_000_000n],
    RULES,
  ],
  ["function _setWhitelistGuardian(address account)", "governor", [newAdmin], RULES],
  ["function setDelay(uint256 delay)", "timelock", [172800n], "Changes the timelock delay"],
  ["function setPendingAdmin(address pendingAdmin)", "timelock", [newAdmin], CONTROL],
  ["function acceptAdmin()", "timelock", [], CONTROL],
];

const encode = (signature: string, args: unknown[]) => {
  const abi = parseAbi([signature]);
  const name = signature.slice("function ".length, signature.indexOf("("));
  return { name, calldata: encodeFunctionData({ abi, functionName: name, args } as never) };
};

describe("governor and timelock calls of other versions", () => {
  it.each(cases)("decodes %s on the %s and flags it", (signature, on, args, flag) => {
    const { name, calldata } = encode(signature, args);
    const d = decodeAction(
      { target: on === "governor" ? governor : timelock, value: 0n, calldata },
      0,
      known,
    );
    expect(d.opaque).toBeNull();
    expect(d.call?.functionName).toBe(name);
    // Addresses come back checksummed.
    const values = d.call?.args.map((a) => (typeof a.value === "string" ? a.value.toLowerCase() : a.value));
    expect(values).toEqual(args);
    const flags = riskFlags([d], { known });
    expect(flags.map((f) => f.title)).toContain(flag);
    expect(flags.map((f) => f.title)).not.toContain("Opaque call");
    expect(flags.find((f) => f.title === flag)?.level).toBe(
      flag === RULES || flag.includes("delay") ? "warning" : "critical",
    );
    expect(proposalCategory([d])).toBe("parameters");
  });

  it("names the new admin by the DAO's own label where it is one of its contracts", () => {
    const { calldata } = encode("function setPendingAdmin(address pendingAdmin)", [governor]);
    const d = decodeAction({ target: timelock, value: 0n, calldata }, 0, known);
    expect(d.call?.args[0]).toMatchObject({ name: "pendingAdmin", label: "Governor" });
  });

  it("needed: 4.x's uint256 setters have other selectors than 5.x's, which alone leave them undecoded", () => {
    const only5 = [{ address: governor, label: "Governor", kind: "governor" as const, abi: ozGovernorAbi }];
    for (const signature of [
      "function setVotingDelay(uint256 newVotingDelay)",
      "function setVotingPeriod(uint256 newVotingPeriod)",
      "function setLateQuorumVoteExtension(uint64 newVoteExtension)",
    ]) {
      const { calldata } = encode(signature, [1n]);
      expect(decodeAction({ target: governor, value: 0n, calldata }, 0, only5).opaque).toBe(
        "unknown-selector",
      );
    }
  });
});
