import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function MePage() {
  return <NotBuilt title="Me" what="your votes, your delegation and your voting power." />;
}
