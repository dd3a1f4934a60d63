import { describe, expect, it } from "vitest";
import { proposalListOf, routeModulesFor } from "./route-modules";

const dao = "#/31337/0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("routeModulesFor", () => {
  it.each([
    ["", ["picker"]],
    ["#/", ["picker"]],
    ["#/settings", ["settings"]],
    [`${dao}`, ["daoLayout", "overview"]],
    [`${dao}/`, ["daoLayout", "overview"]],
    [`${dao}/proposals?state=active`, ["daoLayout", "proposals"]],
    [`${dao}/proposals/123`, ["daoLayout", "proposal"]],
    [`${dao}/delegates/0xabc?at=5`, ["daoLayout", "delegate"]],
    [`${dao}/treasury?at=10`, ["daoLayout", "treasury"]],
    [`${dao}/nonsense`, ["daoLayout"]],
    ["#/31337", []],
  ])("%s loads %j", (hash, modules) => {
    expect(routeModulesFor(hash)).toEqual(modules);
  });
});

describe("proposalListOf", () => {
  it("names the DAO of a proposal list URL, filters or not", () => {
    const governor = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    expect(proposalListOf(`${dao}/proposals`)).toEqual({ chainId: 31337, governor });
    expect(proposalListOf(`${dao}/proposals/?state=active`)).toEqual({ chainId: 31337, governor });
  });

  it.each([
    [`${dao}`],
    [`${dao}/proposals/123`],
    [`${dao}/treasury`],
    ["#/31337/0x5FbD/proposals"],
    ["#/0x1/0x5FbDB2315678afecb367f032d93F642f64180aa3/proposals"],
    ["#/"],
  ])("names none for %s", (hash) => {
    expect(proposalListOf(hash)).toBeNull();
  });
});
