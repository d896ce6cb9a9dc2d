/**
 * A box that scrolls sideways when its content (a wide table) does not fit, as on a phone. It takes
 * the keyboard focus, so someone without a mouse or touch can scroll it with the arrow keys, and it
 * is a named group, so a screen reader says what that stop is (axe: scrollable-region-focusable). A
 * group, not a region: a region is a landmark, and would repeat the name of the section around it.
 */
import type { ReactNode } from "react";

export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
