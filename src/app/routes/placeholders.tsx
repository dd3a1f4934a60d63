import { NotBuilt } from "@/components/not-built";

/** Placeholder pages: each says what the section will show once built. */
export const NewProposalPage = () => (
  <NotBuilt
    title="New proposal"
    what="the builder for grants, charter changes, parameter changes and custom calls."
  />
);
export const DraftsPage = () => <NotBuilt title="Drafts" what="your local drafts and links to share them." />;
export const DelegatesPage = () => (
  <NotBuilt title="Delegates" what="the leaderboard of voting power, participation and delegators." />
);
export const DelegatePage = () => (
  <NotBuilt
    title="Delegate"
    what="this delegate's power over time, votes and reasons, and who delegates to them."
  />
);
export const TreasuryPage = () => (
  <NotBuilt title="Treasury" what="assets, inflows and outflows, pending outflows and runway." />
);
export const TokenPage = () => (
  <NotBuilt
    title="Token"
    what="supply over time, delegated vs idle supply and concentration of voting power."
  />
);
export const CharterPage = () => (
  <NotBuilt title="Charter" what="the AI-ethics principles ratified on chain, with their history." />
);
export const MePage = () => <NotBuilt title="Me" what="your votes, your delegation and your voting power." />;
