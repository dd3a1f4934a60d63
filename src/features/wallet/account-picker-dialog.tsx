import { type KeyboardEvent, useEffect, useId, useRef, useSyncExternalStore } from "react";
import { shortAddress } from "@/lib/format";
import { currentPickRequest, type PickRequest, subscribePickRequest } from "./account-picker";

/** Renders the Devnet wallet's account dialog whenever the provider asks for an account. */
export function AccountPickerHost() {
  const request = useSyncExternalStore(subscribePickRequest, currentPickRequest, () => null);
  return request ? <AccountPickerDialog request={request} /> : null;
}

/** A modal list of named devnet accounts; Escape or Cancel rejects the connection. */
export function AccountPickerDialog({ request }: { request: PickRequest }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector("button")?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      request.answer(null);
    }
    if (e.key === "Tab" && ref.current) {
      // Keep Tab inside the dialog while it is open.
      const buttons = [...ref.current.querySelectorAll("button")];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="picker-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Choose a devnet account</h2>
        <p className="muted">The devnet signs for these accounts; nothing leaves this machine.</p>
        <ul className="account-list">
          {request.accounts.map((a) => (
            <li key={a.address}>
              {/* The accessible name is "<name> <full address>"; sighted people see the short form. */}
              <button type="button" className="btn" onClick={() => request.answer(a.address)}>
                <span>{a.name}</span>{" "}
                <span className="mono muted" aria-hidden="true">
                  {shortAddress(a.address)}
                </span>
                <span className="visually-hidden">{a.address}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={() => request.answer(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
