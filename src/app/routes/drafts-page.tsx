import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function DraftsPage() {
  return <NotBuilt title="Drafts" what="your local drafts and links to share them." />;
}
