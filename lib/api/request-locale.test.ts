import { describe, expect, it } from "vitest";
import { requestLocale } from "./request-locale";

const withHeader = (value?: string) => ({ headers: new Headers(value === undefined ? {} : { "accept-language": value }) });

describe("requestLocale", () => {
  it("takes the best of the app's locales by weight, a region matching its language", () => {
    expect(requestLocale(withHeader("zh-CN,zh;q=0.9,en;q=0.8"))).toBe("zh");
    expect(requestLocale(withHeader("fr, en;q=0.5, zh;q=0.7"))).toBe("zh");
    expect(requestLocale(withHeader("en-GB"))).toBe("en");
  });

  it("falls back to the default locale", () => {
    expect(requestLocale(withHeader())).toBe("en");
    expect(requestLocale(withHeader("fr, de;q=0.5"))).toBe("en");
    expect(requestLocale(withHeader("zh;q=0"))).toBe("en");
  });
});
