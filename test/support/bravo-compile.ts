import { compileFixtures, type FixtureArtifact } from "./fixture-compile";

export type { FixtureArtifact } from "./fixture-compile";

const FIXTURES = "test/fixtures/contracts-4.9";
const SOURCES = [
  { source: `${FIXTURES}/CompatToken.sol`, name: "CompatToken" },
  { source: `${FIXTURES}/CompatGovernor.sol`, name: "CompatGovernor" },
  { source: "@openzeppelin/contracts-4.9/governance/TimelockController.sol", name: "TimelockController" },
] as const;
type Name = (typeof SOURCES)[number]["name"];

/** The OZ 4.9 fixtures (ERC20VotesComp, GovernorCompatibilityBravo, 4.9 TimelockController), compiled once
 * and cached under .cache/fixtures-4.9/ (a compile takes ~10 s on this machine). */
export function compileOz49Fixtures(): Record<Name, FixtureArtifact> {
  return compileFixtures("fixtures-4.9", SOURCES);
}
