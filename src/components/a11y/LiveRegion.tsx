/** A polite live region: screen readers announce `message` when it changes. */
export function LiveRegion({ message }: { readonly message: string }) {
  return (
    <div className="frise-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
