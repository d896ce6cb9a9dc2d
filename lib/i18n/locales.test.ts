import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./locales";

describe("choosing a request's language", () => {
  it("follows the promised order: the person's setting, the switcher, the engagement, the browser, English", () => {
    const all = { userSetting: "fr", chosen: "de", engagementLanguage: "de", acceptLanguage: "de" };
    expect(resolveLocale(all)).toBe("fr");
    expect(resolveLocale({ ...all, userSetting: null })).toBe("de");
    expect(resolveLocale({ chosen: "en", engagementLanguage: "de", acceptLanguage: "fr" })).toBe("en");
    expect(resolveLocale({ engagementLanguage: "de", acceptLanguage: "fr" })).toBe("de");
    expect(resolveLocale({ acceptLanguage: "fr-CA,fr;q=0.9" })).toBe("fr");
    expect(resolveLocale({})).toBe("en");
  });

  it("skips values that are not a language it speaks instead of failing", () => {
    expect(resolveLocale({ userSetting: "xx", chosen: "<script>", engagementLanguage: "", acceptLanguage: "de" })).toBe("de");
    expect(resolveLocale({ acceptLanguage: "ja,zh;q=0.8" })).toBe("en");
  });

  it("reads Accept-Language by weight, ties in order, and honours q=0", () => {
    expect(localeFromAcceptLanguage("en;q=0.5, de;q=0.8")).toBe("de");
    expect(localeFromAcceptLanguage("fr-CH, de")).toBe("fr");
    expect(localeFromAcceptLanguage("de;q=0, fr;q=0.1")).toBe("fr");
    expect(localeFromAcceptLanguage("*")).toBeNull();
    expect(localeFromAcceptLanguage("de;q=abc, fr")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});
