/**
 * A box that scrolls sideways when its content (a wide table) does not fit, as on a phone. It takes
 * the keyboard focus, so someone without a mouse or touch can scroll it with the arrow keys, and it
 * is a named region, so a screen reader says what that stop is (axe: scrollable-region-focusable).
 */
import type { ReactNode } from "react";

export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
