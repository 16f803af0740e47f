/** The pane's one way from a thrown error to a localised message. */
import { errorText, failureMessage } from "../../src/taskpane/error-message";
import { PaneKey, loadPaneLanguage } from "../../src/taskpane/locales";

describe("errorText", () => {
  it.each<[string, unknown, string]>([
    [
      "an Error: its message, no 'Error:' prefix",
      new Error("Sheet is protected"),
      "Sheet is protected",
    ],
    ["a TypeError", new TypeError("x is undefined"), "x is undefined"],
    ["a string", "GeneralException", "GeneralException"],
    ["a number", 42, "42"],
    ["undefined", undefined, "undefined"],
  ])("%s", (_name, error, text) => {
    expect(errorText(error)).toBe(text);
  });
});

describe("failureMessage", () => {
  it.each<[string, PaneKey, string]>([
    ["en-US", "failed", "The sheet could not be written: Sheet is protected"],
    ["en-US", "selectionFailed", "The selection could not be read: Sheet is protected"],
    ["en-US", "checkFailed", "The chosen ranges could not be read: Sheet is protected"],
    [
      "en-US",
      "saveFailed",
      "The pane's settings could not be saved in the workbook: Sheet is protected",
    ],
    ["en-US", "openFailed", "The workbook's sheets could not be read: Sheet is protected"],
    ["ro-RO", "failed", "Foaia nu a putut fi scrisă: Sheet is protected"],
    ["zh-CN", "failed", "无法写入工作表：Sheet is protected"],
  ])("%s %s", async (display, key, expected) => {
    const lang = await loadPaneLanguage(display);
    expect(failureMessage(lang.text, key, new Error("Sheet is protected"))).toBe(expected);
  });
});
