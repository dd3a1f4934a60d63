import type { ReactNode } from "react";
import type { Described } from "@/lib/errors";

/** A failure in words, with a retry button when retrying can help. */
export function ErrorPanel({
  heading,
  error,
  onRetry,
  children,
}: {
  heading: string;
  error: Described;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  return (
    <section className="panel panel-error" role="alert" aria-labelledby="error-heading">
      <h1 id="error-heading">{heading}</h1>
      <p>
        <strong>{error.title}</strong>
      </p>
      {error.detail && <p>{error.detail}</p>}
      {children}
      {onRetry && error.retry && (
        <button type="button" className="btn btn-primary" onClick={onRetry}>
          Retry
        </button>
      )}
    </section>
  );
}
