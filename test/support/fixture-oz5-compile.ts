import { compileFixtures, type FixtureArtifact } from "./fixture-compile";

export type { FixtureArtifact } from "./fixture-compile";

/** The OZ 5.7 fixture contracts, by Solidity name (file = `<name>.sol` under test/fixtures/contracts/oz5). */
export const OZ5_FIXTURES = ["AtelierPass", "AtelierGovernor", "RelayCredit", "RelayCouncil"] as const;
export type Oz5Fixture = (typeof OZ5_FIXTURES)[number] | "TimelockController";

const SOURCES = [
  ...OZ5_FIXTURES.map((name) => ({ source: `test/fixtures/contracts/oz5/${name}.sol`, name })),
  {
    source: "@openzeppelin/contracts/governance/TimelockController.sol",
    name: "TimelockController" as const,
  },
];

/** Compiles the OZ 5.7 fixtures with the repo's solc (a few seconds), cached under .cache/fixtures-oz5/. */
export function compileOz5Fixtures(): Record<Oz5Fixture, FixtureArtifact> {
  return compileFixtures("fixtures-oz5", SOURCES);
}
