import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function DelegatePage() {
  return (
    <NotBuilt
      title="Delegate"
      what="this delegate's power over time, votes and reasons, and who delegates to them."
    />
  );
}
