"use client";
// The phone header's menu button: shows and hides the main navigation (a disclosure:
// aria-expanded on a real button, so Enter and Space work and a screen reader says
// whether the menu is open). Escape closes it and gives focus back to the button.
// On wider screens the button is hidden by CSS and the navigation is always shown.
import { useEffect, useRef, useState } from "react";

export function MenuToggle({ controls, label }: { controls: string; label: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const nav = document.getElementById(controls);
    if (!nav) return;
    nav.toggleAttribute("data-open", open);
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if ((e.target as Element).closest("a")) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    nav.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      nav.removeEventListener("click", onClick);
    };
  }, [open, controls]);

  return (
    <button ref={button} type="button" className="menu-toggle secondary" aria-expanded={open} aria-controls={controls} onClick={() => setOpen((o) => !o)}>
      <span aria-hidden="true" className="menu-icon">☰</span> {label}
    </button>
  );
}
