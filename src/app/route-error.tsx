import { type ErrorComponentProps, Link, useRouter } from "@tanstack/react-router";
import { ErrorPanel } from "@/components/error-panel";
import { describeError } from "@/lib/errors";

/** Route-level error boundary: what failed, in words, and a retry that re-renders the route. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const described = describeError(error);
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <ErrorPanel heading="This page failed to load" error={{ ...described, retry: true }} onRetry={retry}>
      <p>
        <Link to="/">Back to the DAO list</Link>
      </p>
    </ErrorPanel>
  );
}

/** Shown for URLs that match no page. */
export function NotFound() {
  return (
    <section className="panel" aria-labelledby="nf-title">
      <h1 id="nf-title">No such page</h1>
      <p>
        This address does not match any page. <Link to="/">Choose a DAO</Link> or open{" "}
        <Link to="/settings">Settings</Link>.
      </p>
    </section>
  );
}
