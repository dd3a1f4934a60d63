import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function CharterPage() {
  return <NotBuilt title="Charter" what="the AI-ethics principles ratified on chain, with their history." />;
}
