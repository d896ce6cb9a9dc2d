/**
 * Layout checks for longer text (German, French, the pseudo-language): nothing may make the page
 * scroll sideways, spill out of its box or be cut off. What a person can scroll on purpose (a
 * wide table in its own scroll box) is allowed; text that overflows a button, a cell or a card
 * is not, and neither is text a box with hidden overflow cuts off.
 */
import { expect, type Page } from "@playwright/test";

export interface LayoutProblem {
  problem: string;
  element: string;
  text: string;
}

/** Everything on the page that overflows or is clipped, each named by a short selector and its text. */
export function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: LayoutProblem[] = [];
    const slack = 1;
    const viewportWidth = document.documentElement.clientWidth;
    const name = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const testId = element.getAttribute("data-testid");
      const classes = [...element.classList].slice(0, 3).map((item) => `.${item}`).join("");
      return `${element.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : ""}${classes}`;
    };
    const textOf = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
    if (document.documentElement.scrollWidth > viewportWidth + slack) {
      // Named by whatever reaches furthest right, hidden or not: an invisible box widens the page too.
      const widest = [...document.body.querySelectorAll("*")].reduce<Element>((far, element) => (element.getBoundingClientRect().right > far.getBoundingClientRect().right ? element : far), document.body);
      problems.push({ problem: `the page scrolls sideways (${document.documentElement.scrollWidth} px in ${viewportWidth} px)`, element: `html, widest: ${name(widest)}`, text: textOf(widest) });
    }
    // Inside a box that scrolls sideways and itself fits the screen: scrolled to on purpose.
    const scrollsOnPurpose = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return node.getBoundingClientRect().right <= viewportWidth + slack;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden" || style.position === "fixed") continue;
      const box = element.getBoundingClientRect();
      // Screen-reader-only text is a 1 px box on purpose.
      if (box.width <= slack || box.height <= slack) continue;
      if (box.right > viewportWidth + slack && !scrollsOnPurpose(element)) {
        problems.push({ problem: `reaches past the screen's right edge (${Math.round(box.right)} px of ${viewportWidth} px)`, element: name(element), text: textOf(element) });
      }
      // Replaced elements and drawings size their content themselves.
      if (["svg", "canvas", "img", "input", "textarea", "select", "option"].includes(element.tagName.toLowerCase()) || element.closest("svg")) continue;
      const clipsX = style.overflowX === "hidden" || style.overflowX === "clip";
      const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
      const wider = element.scrollWidth > element.clientWidth + slack;
      const taller = element.scrollHeight > element.clientHeight + slack;
      if (clipsX && wider) problems.push({ problem: `cut off on the right (${element.scrollWidth} px in ${element.clientWidth} px)`, element: name(element), text: textOf(element) });
      else if (clipsY && taller && style.overflowY !== "auto") problems.push({ problem: `cut off at the bottom (${element.scrollHeight} px in ${element.clientHeight} px)`, element: name(element), text: textOf(element) });
      else if (style.overflowX === "visible" && wider && element.clientWidth > 0 && !scrollsOnPurpose(element)) {
        problems.push({ problem: `spills out of its box (${element.scrollWidth} px in ${element.clientWidth} px)`, element: name(element), text: textOf(element) });
      }
    }
    // One report per place: an overflowing child makes each of its ancestors overflow too.
    const seen = new Set<string>();
    return problems.filter((item) => {
      const key = `${item.problem.split(" (")[0]} ${item.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** With `soft`, the test goes on to the next page and fails at its end, listing every page's problems. */
export async function expectNothingOverflows(page: Page, where: string, { soft = false } = {}): Promise<void> {
  const problems = (await layoutProblems(page)).map((item) => `${where}: ${item.element} ${item.problem}: "${item.text}"`);
  if (soft) expect.soft(problems).toEqual([]);
  else expect(problems).toEqual([]);
}
