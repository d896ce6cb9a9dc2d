/**
 * Tabs through a page and checks that every control the keyboard reaches shows where the focus
 * is: an outline or a ring on the control, or, for a visually hidden input (a styled radio), on
 * the label that stands for it. axe cannot see this; a keyboard user sees nothing else.
 */
import { expect, type Page } from "@playwright/test";

interface TabStop {
  key: string;
  description: string;
  shown: boolean;
}

export async function expectVisibleFocusOnEveryTabStop(page: Page, limit = 150): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  const unseen: string[] = [];
  for (let count = 0; count < limit; count++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((): TabStop | null => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rect = element.getBoundingClientRect();
      const hidden = rect.width <= 2 || rect.height <= 2;
      const indicator = hidden ? (element.closest("label") ?? element.parentElement) : element;
      const style = indicator ? getComputedStyle(indicator) : null;
      const shown =
        style !== null && ((style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== "none" && style.boxShadow !== ""));
      const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
      return {
        key: `${element.tagName}#${element.id}[${element.getAttribute("name") ?? ""}]${element.getAttribute("href") ?? ""}:${name}`,
        description: `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ""}> ${name}`,
        shown,
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    if (!stop.shown) unseen.push(stop.description);
  }
  expect(unseen, `controls with no visible focus on ${page.url()}`).toEqual([]);
  expect(seen.size, "the page has controls to reach").toBeGreaterThan(0);
  return seen.size;
}
