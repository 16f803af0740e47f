/**
 * manifest.xml: XSD validation against the patched schemas (offline), proof that the validator
 * rejects broken manifests, and project rules that the XSDs cannot express.
 */
import * as fs from "fs";
import * as path from "path";
import type { Element as XmlElement } from "@xmldom/xmldom";
import {
  iconProblems,
  iconReferences,
  idLengthProblems,
  localeOverrideProblems,
  metadataOverrideProblems,
  metadataOverrides,
  namespaceProblems,
  parseXml,
  pngSize,
  projectChecks,
  residProblems,
  sharedRuntimeProblems,
  taskpaneIdProblems,
  urlProblems,
  urlUses,
  validateManifestXml,
} from "./manifest-checks";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Replaces exactly one occurrence. A mutation that no longer applies (because manifest.xml changed)
 * then fails loudly instead of silently testing the unmodified manifest.
 */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from.source, from.flags.replace("g", "") + "g")) ?? []).length;
  if (count !== 1) {
    throw new Error(`mutation: expected exactly one match of ${String(from)}, found ${count}`);
  }
  return xml.replace(from, to);
}

/** Moves the <Runtimes> block to just after </AllFormFactors>. */
function moveRuntimesAfterAllFormFactors(xml: string): string {
  const block =
    /\s*<!--[^>]*-->\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml) ??
    /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml);
  if (!block) throw new Error("mutation: no <Runtimes> block");
  const without = xml.replace(block[0], "");
  return replaceOnce(
    without,
    "</AllFormFactors>",
    `</AllFormFactors>${block[0].replace(/<!--[^>]*-->/, "")}`
  );
}

describe("manifest.xml passes XSD validation", () => {
  it("has zero errors against schemas/manifest (2019 XSDs + CS Metrics patches)", async () => {
    expect(await validateManifestXml(MANIFEST)).toEqual([]);
  });
});

describe("the XSD validator rejects broken manifests", () => {
  const cases: { name: string; mutate: (xml: string) => string; error: RegExp }[] = [
    {
      name: "Runtimes moved after AllFormFactors",
      mutate: moveRuntimesAfterAllFormFactors,
      error: /Runtimes'?: This element is not expected/,
    },
    {
      name: "an unknown element",
      mutate: (x) => replaceOnce(x, "<Permissions>", "<Bogus/>\n  <Permissions>"),
      error: /Bogus'?: This element is not expected/,
    },
    {
      name: "a missing Id",
      mutate: (x) => replaceOnce(x, /\s*<Id>[^<]*<\/Id>/, ""),
      error: /Version'?: This element is not expected\. Expected is .*\}Id \)/,
    },
    {
      name: "an Id that is not a GUID",
      mutate: (x) => replaceOnce(x, /<Id>[^<]*<\/Id>/, "<Id>cs-metrics</Id>"),
      error: /Id'?: .*'cs-metrics' is not accepted by the pattern/,
    },
    {
      name: "a five-part Version",
      mutate: (x) => replaceOnce(x, "<Version>0.1.0.0</Version>", "<Version>0.1.0.0.0</Version>"),
      error: /Version'?: .*'0\.1\.0\.0\.0' is not accepted by the pattern/,
    },
    {
      name: "a Runtime without resid",
      mutate: (x) =>
        replaceOnce(
          x,
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime lifetime="long"/>'
        ),
      error: /Runtime'?: The attribute 'resid' is required/,
    },
    {
      name: "an unknown Runtime lifetime",
      mutate: (x) => replaceOnce(x, 'lifetime="long"', 'lifetime="forever"'),
      error:
        /lifetime'?: \[facet 'enumeration'\] The value 'forever' is not an element of the set \{'short', 'long'\}/,
    },
    {
      name: "a resource id longer than 32 characters",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:Url id="Functions.Metadata.Url"',
          '<bt:Url id="Functions.Metadata.Url.Much.Too.Long.For.Office"'
        ),
      error:
        /id'?: \[facet 'maxLength'\] The value 'Functions\.Metadata\.Url\.Much\.Too\.Long\.For\.Office' has a length of '47'; this exceeds the allowed maximum length of '32'/,
    },
    {
      name: "a ShortString longer than 125 characters",
      mutate: (x) =>
        replaceOnce(x, 'DefaultValue="CS Metrics is ready"', `DefaultValue="${"x".repeat(126)}"`),
      error: /DefaultValue'?: \[facet 'maxLength'\] The value '.*' has a length of '126'/,
    },
    {
      name: "an unknown Permissions value",
      mutate: (x) =>
        replaceOnce(
          x,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>"
        ),
      error:
        /Permissions'?: \[facet 'enumeration'\] The value 'Everything' is not an element of the set/,
    },
    {
      name: "CustomFunctions children out of order (Namespace before Script)",
      mutate: (x) =>
        replaceOnce(
          replaceOnce(x, '<Namespace resid="Functions.Namespace"/>', ""),
          "<Script>",
          '<Namespace resid="Functions.Namespace"/>\n            <Script>'
        ),
      error: /Namespace'?: This element is not expected\. Expected is .*\}Script \)/,
    },
    {
      name: "XML that is not well-formed",
      mutate: (x) =>
        replaceOnce(
          x,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteDocument</Permission>"
        ),
      error: /Opening and ending tag mismatch: Permissions line \d+ and Permission/,
    },
  ];

  it.each(cases)("rejects $name", async ({ mutate, error }) => {
    const broken = mutate(MANIFEST);
    expect(broken).not.toEqual(MANIFEST);
    const errors = await validateManifestXml(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(error);
  });
});

describe("project rules for manifest.xml", () => {
  it("Runtime, CustomFunctions Page, FunctionFile and ShowTaskpane all use one resid, a bt:Url ending in /taskpane.html", () => {
    expect(sharedRuntimeProblems(MANIFEST)).toEqual([]);
    expect(parseXml(MANIFEST).children.length).toBeGreaterThan(0);
  });

  it("the CustomFunctions Namespace resid resolves to the string CS", () => {
    expect(namespaceProblems(MANIFEST, "CS")).toEqual([]);
  });

  it("every URL is https on one single origin, the development origin", () => {
    const uses = urlUses(MANIFEST);
    // IconUrl, HighResolutionIconUrl, SupportUrl, DefaultSettings/SourceLocation, 3 images, 4 URLs,
    // 4 Overrides each of the function metadata URL, SupportUrl and GetStarted.LearnMoreUrl.
    expect(uses.length).toBe(23);
    expect(urlProblems(MANIFEST, DEV_ORIGIN)).toEqual([]);
  });

  it("every resid exists in Resources exactly once, with the right kind, and every resource is used", () => {
    expect(residProblems(MANIFEST)).toEqual([]);
  });

  it("no ShowTaskpane action has a TaskpaneId", () => {
    expect(taskpaneIdProblems(MANIFEST)).toEqual([]);
  });

  it("every id and resid is at most 32 characters", () => {
    expect(idLengthProblems(MANIFEST)).toEqual([]);
  });

  it("every icon the manifest references exists in assets/ with the right pixel size", () => {
    const { icons } = iconReferences(MANIFEST);
    expect(icons.map((i) => `${new URL(i.url).pathname}@${i.size}`).sort()).toEqual(
      [
        "/assets/icon-16.png@16",
        "/assets/icon-32.png@32",
        "/assets/icon-32.png@32",
        "/assets/icon-64.png@64",
        "/assets/icon-80.png@80",
      ].sort()
    );
    expect(iconProblems(MANIFEST, ROOT)).toEqual([]);
  });

  it("assets/ holds icon-16/32/64/80/128.png at exactly those sizes", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect({ file: path.relative(ROOT, file), ...pngSize(fs.readFileSync(file)) }).toEqual({
        file: path.relative(ROOT, file),
        width: size,
        height: size,
      });
    }
  });

  it("points Excel to the translated function metadata: one Override per language the build writes", () => {
    const { METADATA_LOCALES } = require("../../scripts/localize-functions") as {
      METADATA_LOCALES: string[];
    };
    const overrides = metadataOverrides(MANIFEST).map((o) => [o.locale, new URL(o.url).pathname]);
    expect(overrides).toEqual([
      ["ar-SA", "/functions-ar.json"],
      ["fa-IR", "/functions-fa.json"],
      ["ro-RO", "/functions-ro.json"],
      ["zh-CN", "/functions-zh-cn.json"],
    ]);
    expect(overrides.map(([, file]) => file)).toEqual(
      METADATA_LOCALES.map((locale) => `/functions-${locale}.json`)
    );
    expect(metadataOverrideProblems(MANIFEST)).toEqual([]);
  });

  it("translates what a user reads for every UI locale; help links open in that language", () => {
    expect(localeOverrideProblems(MANIFEST)).toEqual([]);
    const root = parseXml(MANIFEST);
    const overrides = Array.from(root.getElementsByTagNameNS("*", "Override")).map((o) => {
      const owner = o.parentNode as XmlElement;
      return `${owner.getAttribute("id") || owner.localName} ${o.getAttribute("Locale")}`;
    });
    const perLocale = (name: string) =>
      ["ar-SA", "fa-IR", "ro-RO", "zh-CN"].map((locale) => `${name} ${locale}`);
    expect(overrides.sort()).toEqual(
      [
        "DisplayName",
        "Description",
        "SupportUrl",
        "Functions.Metadata.Url",
        "GetStarted.LearnMoreUrl",
        "GetStarted.Title",
        "GetStarted.Description",
        "TaskpaneButton.Tooltip",
      ]
        .flatMap(perLocale)
        .sort()
    );
  });

  it("projectChecks (everything above except icons) finds no problems", () => {
    expect(projectChecks(MANIFEST, { expectedOrigin: DEV_ORIGIN, namespace: "CS" })).toEqual([]);
  });
});

describe("the project rules catch broken manifests", () => {
  const cases: {
    name: string;
    mutate: (xml: string) => string;
    check: (xml: string) => string[];
    problem: RegExp;
  }[] = [
    {
      name: "a FunctionFile with a different resid",
      mutate: (x) =>
        replaceOnce(
          x,
          '<FunctionFile resid="Taskpane.Url"/>',
          '<FunctionFile resid="Commands.Url"/>'
        ),
      check: sharedRuntimeProblems,
      problem:
        /<FunctionFile> at line \d+ uses resid "Commands\.Url" but <Runtime> uses "Taskpane\.Url"/,
    },
    {
      name: "a CustomFunctions Page on functions.html",
      mutate: (x) =>
        replaceOnce(
          x,
          /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
          '<Page>\n              <SourceLocation resid="Functions.Page.Url"/>'
        ),
      check: sharedRuntimeProblems,
      problem:
        /CustomFunctions <Page><SourceLocation> at line \d+ uses resid "Functions\.Page\.Url"/,
    },
    {
      name: "a shared runtime page that is not taskpane.html",
      mutate: (x) =>
        replaceOnce(
          x,
          'id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
          'id="Taskpane.Url" DefaultValue="https://localhost:3000/index.html"'
        ),
      check: sharedRuntimeProblems,
      problem: /must end with \/taskpane\.html/,
    },
    {
      name: "a short-lived runtime",
      mutate: (x) => replaceOnce(x, 'lifetime="long"', 'lifetime="short"'),
      check: sharedRuntimeProblems,
      problem: /lifetime="long"/,
    },
    {
      name: "the namespace CONTOSO",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:String id="Functions.Namespace" DefaultValue="CS"/>',
          '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'
        ),
      check: (x) => namespaceProblems(x, "CS"),
      problem: /function namespace is "CONTOSO", expected "CS"/,
    },
    {
      name: "an http URL",
      mutate: (x) =>
        replaceOnce(
          x,
          '"https://localhost:3000/functions.js"',
          '"http://localhost:3000/functions.js"'
        ),
      check: (x) => urlProblems(x),
      problem: /"http:\/\/localhost:3000\/functions\.js" is not https/,
    },
    {
      name: "a second origin",
      mutate: (x) =>
        replaceOnce(
          x,
          '<SupportUrl DefaultValue="https://localhost:3000/help.html">',
          '<SupportUrl DefaultValue="https://www.contoso.com/help">'
        ),
      check: (x) => urlProblems(x),
      problem:
        /URLs use 2 origins, expected exactly one: .*https:\/\/www\.contoso\.com \(1×, first at <SupportUrl>/,
    },
    {
      name: "a relative URL",
      mutate: (x) =>
        replaceOnce(x, '"https://localhost:3000/assets/icon-80.png"', '"/assets/icon-80.png"'),
      check: (x) => urlProblems(x),
      problem: /"\/assets\/icon-80\.png" is not an absolute URL/,
    },
    {
      name: "an undefined resid",
      mutate: (x) =>
        replaceOnce(
          x,
          '<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>',
          '<LearnMoreUrl resid="Help.Url"/>'
        ),
      check: residProblems,
      problem: /refers to resid "Help\.Url", which is not defined/,
    },
    {
      name: "a resource defined twice",
      mutate: (x) =>
        replaceOnce(
          x,
          "</bt:Urls>",
          '  <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n      </bt:Urls>'
        ),
      check: residProblems,
      problem: /resource id "Taskpane\.Url" is defined 2 times/,
    },
    {
      name: "a string resid used as a URL",
      mutate: (x) =>
        replaceOnce(
          x,
          '<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>',
          '<LearnMoreUrl resid="GetStarted.Title"/>'
        ),
      check: residProblems,
      problem:
        /<LearnMoreUrl> \(line \d+\) refers to "GetStarted\.Title", a short resource, but needs a url resource/,
    },
    {
      name: "a TaskpaneId",
      mutate: (x) =>
        replaceOnce(
          x,
          '<Action xsi:type="ShowTaskpane">',
          '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>ButtonId1</TaskpaneId>'
        ),
      check: taskpaneIdProblems,
      problem: /<TaskpaneId> \(line \d+\) found/,
    },
    {
      name: "a control id longer than 32 characters",
      mutate: (x) =>
        replaceOnce(
          x,
          'id="CSMetrics.TaskpaneButton"',
          'id="CSMetrics.TaskpaneButton.ThatIsTooLong"'
        ),
      check: idLengthProblems,
      problem: /id="CSMetrics\.TaskpaneButton\.ThatIsTooLong" is 38 characters/,
    },
    {
      name: "an icon of the wrong size",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'
        ),
      check: (x) => iconProblems(x, ROOT),
      problem: /assets\/icon-64\.png is 64×64, expected 80×80/,
    },
    {
      name: "a missing icon file",
      mutate: (x) =>
        replaceOnce(
          x,
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
          '<IconUrl DefaultValue="https://localhost:3000/assets/logo-filled.png"/>'
        ),
      check: (x) => iconProblems(x, ROOT),
      problem: /assets\/logo-filled\.png does not exist/,
    },
    {
      name: "a metadata Override for a bare language",
      mutate: (x) =>
        replaceOnce(
          x,
          'Locale="ar-SA" Value="https://localhost:3000/functions-ar',
          'Locale="ar" Value="https://localhost:3000/functions-ar'
        ),
      check: metadataOverrideProblems,
      problem: /Locale "ar" is not a concrete UI locale/,
    },
    {
      name: "a metadata Override for the DefaultLocale",
      mutate: (x) =>
        replaceOnce(
          x,
          'Locale="ro-RO" Value="https://localhost:3000/functions',
          'Locale="en-US" Value="https://localhost:3000/functions'
        ),
      check: metadataOverrideProblems,
      problem: /en-US is the DefaultLocale, which takes no Override/,
    },
    {
      name: "a metadata Override given twice",
      mutate: (x) =>
        replaceOnce(
          x,
          'Locale="fa-IR" Value="https://localhost:3000/functions',
          'Locale="ar-SA" Value="https://localhost:3000/functions'
        ),
      check: metadataOverrideProblems,
      problem: /ar-SA appears twice/,
    },
    {
      name: "a metadata Override to a file the build does not write",
      mutate: (x) =>
        replaceOnce(
          x,
          '"https://localhost:3000/functions-ro.json"',
          '"https://localhost:3000/locales/ro.json"'
        ),
      check: metadataOverrideProblems,
      problem:
        /"https:\/\/localhost:3000\/locales\/ro\.json" is not a functions-<lang>\.json beside/,
    },
    {
      name: "a translated string without one of the UI locales",
      mutate: (x) =>
        replaceOnce(x, /\s*<bt:Override Locale="ro-RO" Value="Deschideți[^"]*"\/>/, ""),
      check: localeOverrideProblems,
      problem: /^resource TaskpaneButton\.Tooltip has no Override for ro-RO$/,
    },
    {
      name: "an Override that copies the English text",
      mutate: (x) => replaceOnce(x, 'Value="CS Metrics 已就绪"', 'Value="CS Metrics is ready"'),
      check: localeOverrideProblems,
      problem: /^resource GetStarted\.Title: the zh-CN Override is not translated$/,
    },
    {
      name: "a DisplayName Override for a locale the manifest does not translate into",
      mutate: (x) =>
        replaceOnce(
          x,
          '<Override Locale="ro-RO" Value="CS Metrics pentru Excel"/>',
          '<Override Locale="ro-RO" Value="CS Metrics pentru Excel"/><Override Locale="de-DE" Value="CS Metrics für Excel"/>'
        ),
      check: localeOverrideProblems,
      problem: /^DisplayName has an Override for de-DE, which is not a UI locale of the manifest$/,
    },
    {
      name: "a help link that does not open the help in the Override's language",
      mutate: (x) =>
        replaceOnce(
          x,
          '<Override Locale="fa-IR" Value="https://localhost:3000/help.html?lang=fa"/>',
          '<Override Locale="fa-IR" Value="https://localhost:3000/help.html?lang=ar"/>'
        ),
      check: localeOverrideProblems,
      problem: /^SupportUrl: the fa-IR Override is ".*lang=ar", expected ".*lang=fa"$/,
    },
    {
      name: "the product name given an Override",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:String id="TaskpaneButton.Label" DefaultValue="CS Metrics"/>',
          '<bt:String id="TaskpaneButton.Label" DefaultValue="CS Metrics"><bt:Override Locale="ar-SA" Value="مقاييس"/></bt:String>'
        ),
      check: localeOverrideProblems,
      problem: /^resource TaskpaneButton\.Label is not translated, yet has Overrides$/,
    },
    {
      name: "a metadata Override on another origin",
      mutate: (x) =>
        replaceOnce(
          x,
          '"https://localhost:3000/functions-zh-cn.json"',
          '"https://cdn.example.com/functions-zh-cn.json"'
        ),
      check: (x) => urlProblems(x),
      problem:
        /URLs use 2 origins, expected exactly one: .*https:\/\/cdn\.example\.com \(1×, first at <bt:Override>/,
    },
  ];

  it.each(cases)("reports $name", ({ mutate, check, problem }) => {
    const broken = mutate(MANIFEST);
    expect(broken).not.toEqual(MANIFEST);
    expect(check(broken).join("\n")).toMatch(problem);
  });

  it("parseXml rejects XML that is not well-formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow(/Opening and ending tag mismatch/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/Attribute x redefined/);
    expect(() => parseXml("<p:a/>")).toThrow(/NamespaceError/);
    // A recoverable error and a warning: xmldom would only log these without onError.
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity not found:&nbsp;/);
    expect(() => parseXml("<a x=1/>")).toThrow(/missed quot/);
    expect(() => parseXml("<!DOCTYPE a><a/>")).toThrow(/DOCTYPE is not supported/);
    expect(parseXml("\uFEFF<a/>").localName).toBe("a");
  });

  it("pngSize rejects files that are not PNGs", () => {
    expect(() => pngSize(new TextEncoder().encode("GIF89a not a png at all..."))).toThrow(
      /not a PNG/
    );
  });
});
