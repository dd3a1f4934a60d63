/** Placeholder for a section that is planned but not built yet (not an error). */
export function NotBuilt({ title, what }: { title: string; what: string }) {
  return (
    <section className="panel" aria-labelledby="not-built-title">
      <h1 id="not-built-title">{title}</h1>
      <p className="muted">Not built yet — {what}</p>
    </section>
  );
}
