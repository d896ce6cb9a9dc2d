/**
 * Longer text must not break a page (issue #20). A server of the same build runs with
 * PSEUDO_LOCALE=true, which shows English pages in a pseudo-language (every catalog message
 * accented and 40% longer, lib/i18n/pseudo.ts), and serves German as usual. Every page people use
 * is checked in both at 1440x900 and 390x844: nothing scrolls sideways, spills out of its box or is
 * cut off, and axe finds nothing serious. Screenshots of the German questionnaire, result and
 * organization page are attached to the run for a person to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { MESSAGES } from "../lib/i18n/messages";
import { pseudoCatalog } from "../lib/i18n/pseudo";
import { DIMENSIONS } from "../lib/scoring/dimensions";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { expectNoSeriousAxeViolations } from "./axe";
import { SECTION_IDS, answerSection } from "./questionnaire-driver";
import { expectNothingOverflows, layoutProblems } from "./support/layout";
import { startSecondServer, type SecondServer } from "./support/second-server";
import { signInPage } from "./support/sign-in";
import { createWorld, type PersonName, type World } from "./support/world";

const PORT = Number(process.env.E2E_PSEUDO_PORT ?? 3103);
const BASE = `http://127.0.0.1:${PORT}`;
const file = path.resolve(".data", "pseudo.db");

const VIEWPORTS = [
  { name: "1440x900", width: 1440, height: 900 },
  { name: "390x844", width: 390, height: 844 },
] as const;

/** The pseudo-language stands in for English; German is checked as itself. */
const LANGUAGES = [
  { name: "pseudo", browserLocale: "en-US", htmlLang: "en", modelLocale: "en", questionnaireWords: pseudoCatalog(MESSAGES.en).Questionnaire },
  { name: "German", browserLocale: "de-DE", htmlLang: "de", modelLocale: "de", questionnaireWords: MESSAGES.de.Questionnaire },
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let server: SecondServer;
let world: World;

test.beforeAll(async () => {
  test.setTimeout(360_000);
  server = await startSecondServer(PORT, file, { NEXTAUTH_URL: BASE, TRUSTED_PROXIES: "", PSEUDO_LOCALE: "true", JOBS_ENABLED: "false" });
  world = createWorld(server.databaseUrl);
});

test.afterAll(async () => {
  await server.stop();
});

/** Who sees which pages: every page a person reaches, with the data the world seeded. */
function pagesOf(w: World): Record<PersonName | "anonymous", string[]> {
  return {
    anonymous: ["/", "/sign-in", "/sign-up", "/methodology", `/methodology/${DIMENSIONS[0]!.id}`, "/sources", "/privacy", "/no-such-page", `/assessment/${w.anonymousResultToken}/result`, `/shared/${w.shareToken}`, `/invite/${w.invitationToken}`],
    execA: ["/my", `/my/results/${w.resultA}`, "/account", "/account/security", "/account/api-tokens", "/account/delete"],
    consultantA: [
      "/workspace",
      `/workspace/organizations/${w.orgA}`,
      `/workspace/organizations/${w.orgA}/team`,
      `/workspace/organizations/${w.orgA}/settings`,
      `/workspace/organizations/${w.orgA}/webhooks`,
      `/workspace/organizations/${w.orgA}/activity`,
      `/workspace/organizations/${w.orgA}/engagements`,
      `/workspace/organizations/${w.orgA}/engagements/new`,
      `/workspace/engagements/${w.engagementA}`,
      "/workspace/results",
      `/workspace/results/${w.resultA}`,
      `/workspace/compare?ids=${w.resultA},${w.resultA2}`,
      "/workspace/portfolio",
    ],
    admin: ["/admin/users", "/admin/organizations"],
    execA2: [],
    execB: [],
    consultantB: [],
  };
}

async function newPage(browser: Browser, browserLocale: string, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE, locale: browserLocale, viewport: { width: viewport.width, height: viewport.height } });
  return context.newPage();
}

/** The result pages, the organization page and the questionnaire: what the issue asks to see in German. */
const GERMAN_PAGES = /^\/(my\/results|workspace\/results|workspace\/organizations)\/[^/?]+$/;

/** Attached to the run's report and kept in its output folder, for a person to look at. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(name);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

async function checkPage(page: Page, where: string, htmlLang: string, withAxe: boolean): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
  await expectNothingOverflows(page, where, { soft: true });
  if (withAxe) await expectNoSeriousAxeViolations(page);
}

test("the layout check finds text spilling out, text cut off and a page scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`<main>
    <button style="width: 80px; white-space: nowrap">Ausschreibungsbedingungen</button>
    <p style="width: 80px; overflow: hidden; white-space: nowrap">Zusammenarbeitsvereinbarung</p>
    <table style="width: 600px"><tr><td>wide</td></tr></table>
    <div style="overflow-x: auto; width: 200px"><table style="width: 600px"><tr><td>scrolls on purpose</td></tr></table></div>
  </main>`);
  const problems = (await layoutProblems(page)).map((item) => `${item.problem.split(" (")[0]}: ${item.text}`);
  expect(problems).toEqual(
    expect.arrayContaining(["spills out of its box: Ausschreibungsbedingungen", "cut off on the right: Zusammenarbeitsvereinbarung", "reaches past the screen's right edge: wide"]),
  );
  expect(problems.some((problem) => problem.startsWith("the page scrolls sideways"))).toBe(true);
  expect(problems.filter((problem) => problem.endsWith(": scrolls on purpose"))).toEqual([]);
});

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`${language.name} at ${viewport.name}: the questionnaire's every step fits`, async ({ browser }, testInfo) => {
      test.setTimeout(300_000);
      const page = await newPage(browser, language.browserLocale, viewport);
      const words = language.questionnaireWords;
      const next = page.getByRole("navigation", { name: words.stepsNavigation }).getByRole("button", { name: new RegExp(`^(${escapeRegExp(words.next)}|${escapeRegExp(words.reviewAnswers)})$`) });
      const check = async (step: string) => {
        await checkPage(page, `questionnaire ${step}`, language.htmlLang, viewport.name === "1440x900");
        if (language.name === "German") await keepScreenshot(page, testInfo, `questionnaire-${step}-${viewport.name}.png`);
      };
      // A draft of its own: a draft reopens where it was left, and each pass starts at the beginning.
      const { token } = (await (await page.request.post("/api/v1/assessments")).json()) as { token: string };
      await page.goto(`/assessment/${token}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await check("start");
      await next.click();
      for (const sectionId of SECTION_IDS) {
        await answerSection(page, sectionId, COMPLETE_ANSWERS, language.modelLocale);
        await check(sectionId);
        await next.click();
      }
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await check("review");
      await page.context().close();
    });

    test(`${language.name} at ${viewport.name}: every page people use fits`, async ({ browser }, testInfo) => {
      test.setTimeout(600_000);
      for (const [person, allPaths] of Object.entries(pagesOf(world)) as [PersonName | "anonymous", string[]][]) {
        // German's other pages are read in e2e/languages*.spec.ts; here, the ones the issue names.
        const paths = language.name === "German" ? allPaths.filter((address) => GERMAN_PAGES.test(address)) : allPaths;
        if (paths.length === 0) continue;
        const page = await newPage(browser, language.browserLocale, viewport);
        if (person !== "anonymous") await signInPage(page, world.people[person], paths[0]!);
        for (const address of paths) {
          await page.goto(address);
          await checkPage(page, `${person} ${address}`, language.htmlLang, viewport.name === "1440x900");
          if (language.name === "German") await keepScreenshot(page, testInfo, `${address.replaceAll("/", "_")}-${viewport.name}.png`);
        }
        if (language.name === "German" && person === "consultantA") {
          const pdf = await page.request.get(`/api/v1/results/${world.resultA}/report?format=pdf&lang=de`);
          expect(pdf.status()).toBe(200);
          const file = testInfo.outputPath(`report-de-${viewport.name}.pdf`);
          await fs.promises.writeFile(file, await pdf.body());
          await testInfo.attach(`report-de-${viewport.name}.pdf`, { path: file, contentType: "application/pdf" });
        }
        await page.context().close();
      }
    });
  }
}
