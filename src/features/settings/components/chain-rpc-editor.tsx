import { useId, useState } from "react";
import { countOf } from "@/lib/plural";
import { parseRpcUrls } from "@/lib/rpc-urls";
import type { ChainRpcSettings, RpcTestResult } from "../api/rpc-settings";

/** One chain's RPC URLs: a textarea (one per line, order = fallback order), save and test. */
export function ChainRpcEditor({
  chain,
  onSave,
  onTest,
}: {
  chain: ChainRpcSettings;
  onSave: (urls: string[]) => void;
  onTest: (url: string) => Promise<RpcTestResult>;
}) {
  const id = useId();
  const [text, setText] = useState(chain.saved.join("\n"));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [tests, setTests] = useState<RpcTestResult[] | null>(null);
  const [testing, setTesting] = useState(false);

  const save = () => {
    const check = parseRpcUrls(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    onSave(check.urls);
    setText(check.urls.join("\n"));
    setStatus(
      check.urls.length > 0 ? `Saved ${countOf(check.urls.length, "URL")}.` : "Saved: using the defaults.",
    );
  };

  const test = async () => {
    const check = parseRpcUrls(text);
    if (!check.ok) return setError(check.message);
    setError(null);
    const urls = check.urls.length > 0 ? check.urls : chain.defaults;
    setTesting(true);
    setTests(await Promise.all(urls.map((url) => onTest(url))));
    setTesting(false);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {chain.name} <span className="badge">{chain.chainId}</span>
      </h2>
      <div className="field">
        <label htmlFor={`${id}-urls`}>RPC URLs for {chain.name}</label>
        <textarea
          id={`${id}-urls`}
          value={text}
          rows={Math.max(2, text.split("\n").length)}
          placeholder={chain.defaults.join("\n") || "https://…"}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-err` : ""}`}
        />
        <p id={`${id}-hint`} className="field-hint">
          One per line, tried in order.{" "}
          {chain.defaults.length > 0
            ? `Empty = the defaults: ${chain.defaults.join(", ")}`
            : "No default: reads on this chain need a URL here."}
        </p>
        {error && (
          <p id={`${id}-err`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="header-actions" style={{ marginLeft: 0 }}>
        <button type="button" className="btn btn-primary" onClick={save}>
          Save
        </button>
        <button type="button" className="btn" onClick={() => void test()} disabled={testing}>
          {testing ? "Testing…" : "Test"}
        </button>
      </div>
      <div aria-live="polite">
        {status && <p>{status}</p>}
        {tests && (
          <ul>
            {tests.map((t) => (
              <li key={t.url} className={t.ok ? "status-ok" : "status-bad"}>
                {t.ok ? "✓" : "✗"} {t.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
