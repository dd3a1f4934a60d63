import { describe, expect, it } from "vitest";
import { routeModulesFor } from "./route-modules";

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
