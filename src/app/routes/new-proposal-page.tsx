import { NotBuilt } from "@/components/not-built";

/** Placeholder until this page is built. */
export function NewProposalPage() {
  return (
    <NotBuilt
      title="New proposal"
      what="the builder for grants, charter changes, parameter changes and custom calls."
    />
  );
}
