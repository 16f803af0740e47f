/** Office's display language → the locale of messages (functions.md §9). */
import { localeOf } from "../../src/i18n/locale";

describe("localeOf", () => {
  it.each([
    ["ar-SA", "ar"],
    ["ar-EG", "ar"],
    ["AR-ae", "ar"],
    ["ar", "ar"],
    ["fa-IR", "fa"],
    ["fa-AF", "fa"],
    ["ro-RO", "ro"],
    ["ro-MD", "ro"],
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["zh-TW", "en"], // Traditional Chinese readers get English, not Simplified characters
    ["zh-HK", "en"],
    ["zh-Hant-TW", "en"],
    ["zh", "en"],
    ["arn-CL", "en"], // Mapudungun, not Arabic
    ["ron", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%p → %p", (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});
