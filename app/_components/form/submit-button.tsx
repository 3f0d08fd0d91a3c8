// A form's submit button: disabled with its busy label (e.g. "Calculating…") while the
// answer is on its way, so a second click cannot send the form twice.
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" disabled={busy} aria-busy={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}
