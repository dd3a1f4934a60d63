import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function TokenPage() {
  return (
    <NotBuilt
      title="Token"
      what="supply over time, delegated vs idle supply and concentration of voting power."
    />
  );
}
