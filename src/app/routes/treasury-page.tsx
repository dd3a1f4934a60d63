import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function TreasuryPage() {
  return <NotBuilt title="Treasury" what="assets, inflows and outflows, pending outflows and runway." />;
}
