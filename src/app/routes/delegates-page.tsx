import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function DelegatesPage() {
  return <NotBuilt title="Delegates" what="the leaderboard of voting power, participation and delegators." />;
}
