import { compileFixtures, type FixtureArtifact } from "./fixture-compile";

const FIXTURES = "test/fixtures/contracts-bravo";
const SOURCES = [
  { source: `${FIXTURES}/GovernorBravoDelegateG2.sol`, name: "GovernorBravoDelegate" },
  { source: `${FIXTURES}/GovernorBravoDelegator.sol`, name: "GovernorBravoDelegator" },
] as const;
type Name = (typeof SOURCES)[number]["name"];

/** Compound's GovernorBravoDelegate (G2) and GovernorBravoDelegator, copied verbatim from
 * compound-finance/compound-protocol, compiled once and cached under .cache/fixtures-bravo/. */
export function compileBravoG2Fixtures(): Record<Name, FixtureArtifact> {
  return compileFixtures("fixtures-bravo", SOURCES);
}
