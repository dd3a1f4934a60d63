import { describe, expect, it } from "vitest";
import { codeWith, scanOf } from "../../../test/support/target-scans";
import { targetCodeFindings } from "./target-code";

const T = "0x1111111111111111111111111111111111111111";
const IMPL = "0x2222222222222222222222222222222222222222";
const ADMIN = "0x3333333333333333333333333333333333333333";
const OWNER = "0x4444444444444444444444444444444444444444";
const rules = (f: { rule: string }[]) => f.map((x) => x.rule);

describe("targetCodeFindings", () => {
  it("finds nothing in plain code that existed when proposed", () => {
    expect(targetCodeFindings(scanOf(T))).toEqual([]);
  });

  it("says an empty account may get code later", () => {
    const f = targetCodeFindings(
      scanOf(T, { code: codeWith(0), history: { kind: "absent", proposedAt: 5n } }),
    );
    expect(rules(f)).toEqual(["no-code"]);
    expect(f[0]?.detail).toMatch(/code may appear here later/);
  });

  it("flags code created after the proposal, with the creation block", () => {
    const f = targetCodeFindings(
      scanOf(T, { history: { kind: "created-after", proposedAt: 50n, createdAt: 77n } }),
    );
    expect(f[0]).toMatchObject({ rule: "created-after", level: "critical" });
    expect(f[0]?.detail).toMatch(/block 77/);
  });

  it("flags changed and removed code, and says when old state could not be read", () => {
    expect(rules(targetCodeFindings(scanOf(T, { history: { kind: "changed", proposedAt: 1n } })))).toEqual([
      "code-changed",
    ]);
    expect(
      rules(
        targetCodeFindings(scanOf(T, { code: codeWith(0), history: { kind: "removed", proposedAt: 1n } })),
      ),
    ).toEqual(["code-removed"]);
    const f = targetCodeFindings(
      scanOf(T, { history: { kind: "unavailable", proposedAt: 1n, reason: "missing trie node" } }),
    );
    expect(f[0]).toMatchObject({ rule: "history-unknown", level: "info" });
    expect(f[0]?.detail).toMatch(/missing trie node/);
  });

  it.each([
    ["SELFDESTRUCT", "selfdestruct", "critical"],
    ["DELEGATECALL", "delegatecall", "warning"],
    ["CALLCODE", "callcode", "warning"],
  ] as const)("flags %s", (op, rule, level) => {
    const f = targetCodeFindings(scanOf(T, { code: codeWith(50, [op]) }));
    expect(f).toEqual([expect.objectContaining({ rule, level, title: `${op} in the target's code` })]);
  });

  it("states who can upgrade a proxy and scans its implementation", () => {
    const f = targetCodeFindings(
      scanOf(T, {
        code: codeWith(60, ["DELEGATECALL"]),
        proxy: { source: "slots", kind: "EIP-1967", implementation: IMPL, beacon: null, admin: ADMIN },
        adminOwner: OWNER,
        implementation: { address: IMPL, code: codeWith(900, ["SELFDESTRUCT"]) },
      }),
    );
    expect(rules(f)).toEqual(["delegatecall", "proxy", "selfdestruct"]);
    expect(f[1]?.title).toBe(`EIP-1967 proxy: upgradeable by ${ADMIN} (owned by ${OWNER})`);
    expect(f[2]?.title).toBe("SELFDESTRUCT in the implementation 0x2222…2222");
  });

  it("says a UUPS proxy without an admin slot is upgraded by its implementation's rules", () => {
    const f = targetCodeFindings(
      scanOf(T, {
        proxy: { source: "slots", kind: "EIP-1822", implementation: IMPL, beacon: null, admin: null },
        implementation: { address: IMPL, code: codeWith(0) },
      }),
    );
    expect(f.map((x) => x.title)).toEqual([
      "EIP-1822 proxy: upgradeable by whoever the implementation's own upgrade function allows (no admin slot set)",
      "The implementation 0x2222…2222 has no code",
    ]);
  });
});
