import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";

/** The Devnet wallet's modal frame: focus on the first control, Tab kept inside, Escape answers "no". */
export function WalletDialog({
  title,
  onEscape,
  children,
}: {
  title: string;
  onEscape: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("button, select")?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      onEscape();
    }
    if (e.key === "Tab" && ref.current) {
      // Keep Tab inside the dialog while it is open.
      const controls = [...ref.current.querySelectorAll<HTMLElement>("button, select")];
      const first = controls[0];
      const last = controls[controls.length - 1];
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
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
