/**
 * Checks for the add-in only (XML) manifest. They work on the source manifest.xml and on the built
 * dist/manifest.xml.
 *
 * - validateManifestXml: XSD validation with libxml2, compiled to WebAssembly (npm xmllint-wasm).
 *   It uses the patched 2019 schemas in schemas/manifest/ (see the README there) and runs offline.
 * - projectChecks and the *Problems functions: rules that the XSDs cannot express (shared-runtime
 *   resid, namespace, single https origin, resource references, and so on). Each returns a list of
 *   readable problems, and an empty list means the check passed.
 * - iconProblems: opens the icon files that the manifest references (the only check here that reads
 *   from disk, apart from loading the schemas).
 */
import { localeOf } from "../../src/i18n/locale";
import * as fs from "fs";
import * as path from "path";
import { DOMParser, onWarningStopParsing, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  taskpane: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Default folder of the patched XSDs: <repo>/schemas/manifest. */
export const SCHEMA_DIR = path.resolve(__dirname, "../../schemas/manifest");
/** The XSD that validation starts from; the other .xsd files in the folder are imported by it. */
export const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** Resource ids (id, resid) are at most 32 characters (bt:ReferenceId in the schema). */
export const MAX_ID_LENGTH = 32;

// ---------------------------------------------------------------------------------------------
// XSD validation
// ---------------------------------------------------------------------------------------------

/**
 * Validates a manifest against the patched XSDs. It returns libxml2's error lines ("line N: message"),
 * and an empty array means the manifest is valid. It never touches the network: every imported XSD is
 * preloaded into the validator's in-memory file system.
 */
export async function validateManifestXml(
  xml: string,
  schemaDir: string = SCHEMA_DIR
): Promise<string[]> {
  const xsdFiles = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd"))
    .sort();
  if (!xsdFiles.includes(ROOT_SCHEMA)) throw new Error(`${ROOT_SCHEMA} not found in ${schemaDir}`);
  const load = (fileName: string) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(ROOT_SCHEMA)],
    preload: xsdFiles.filter((f) => f !== ROOT_SCHEMA).map(load),
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) =>
    (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.rawMessage).trim()
  );
  // If xmllint failed in a way it did not report line by line (for example, a schema that does not
  // compile), return its raw output so that the caller never sees "invalid" with no errors.
  return errors.length > 0
    ? errors
    : [result.rawOutput.trim() || "xmllint reported the manifest invalid without a message"];
}

// ---------------------------------------------------------------------------------------------
// XML parsing (xmldom) and namespace-aware helpers
// ---------------------------------------------------------------------------------------------

// By default xmldom only logs warnings and recoverable errors (such as an unknown entity) and
// parses on; a malformed manifest must fail loudly instead.
const parser = new DOMParser({ onError: onWarningStopParsing });

/** Parses a manifest and returns its root element. It throws on input that is not well-formed. */
export function parseXml(xml: string): Element {
  // Node keeps a UTF-8 BOM when reading as "utf8"; xmldom would reject it as content before the root.
  const doc = parser.parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml");
  // xmldom does not apply DTD declarations but libxml2 does, so with a DOCTYPE these checks and the
  // XSD validation could see different documents. A manifest never needs one.
  if (doc.doctype) throw new Error("XML: DOCTYPE is not supported in a manifest");
  return doc.documentElement as Element;
}

/** The attribute value, or undefined. By default it looks for an unprefixed attribute. */
const attr = (el: Element, local: string, ns: string | null = null): string | undefined =>
  el.getAttributeNS(ns, local) ?? undefined;

/** Element children, optionally only those with the given namespace and local name. */
const kids = (el: Element, ns?: string, local?: string): Element[] =>
  Array.from(el.children).filter(
    (c) =>
      (ns === undefined || c.namespaceURI === ns) && (local === undefined || c.localName === local)
  );

/** All descendants (not the element itself), in document order, that satisfy the predicate. */
const descendants = (el: Element, pred: (e: Element) => boolean = () => true): Element[] =>
  Array.from(el.getElementsByTagNameNS("*", "*")).filter(pred);

const elements = (el: Element, ns: string, local: string): Element[] =>
  Array.from(el.getElementsByTagNameNS(ns, local));

/** The local part of the xsi:type value (e.g. "Workbook" for xsi:type="Workbook" or "ov:Workbook"). */
const xsiType = (el: Element): string | undefined => attr(el, "type", NS.xsi)?.split(":").pop();

const child = (el: Element, ns: string, local: string): Element | undefined =>
  kids(el, ns, local)[0];

const where = (el: Element) => `<${el.tagName}> (line ${el.lineNumber})`;

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

export type ResourceKind = "image" | "url" | "short" | "long";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly defaultValue: string;
  /** Locale → value from bt:Override children. */
  readonly overrides: ReadonlyMap<string, string>;
  readonly element: Element;
}

const COLLECTIONS: Record<string, [ResourceKind, string]> = {
  Images: ["image", "Image"],
  Urls: ["url", "Url"],
  ShortStrings: ["short", "String"],
  LongStrings: ["long", "String"],
};

/** Every resource defined under VersionOverrides/Resources, duplicates included. */
export function resources(root: Element): Resource[] {
  const out: Resource[] = [];
  for (const res of elements(root, NS.taskpane, "Resources")) {
    for (const coll of kids(res, NS.bt)) {
      const spec = COLLECTIONS[coll.localName ?? ""];
      if (!spec) continue;
      for (const item of kids(coll, NS.bt, spec[1])) {
        const overrides = new Map<string, string>();
        for (const o of kids(item, NS.bt, "Override"))
          overrides.set(attr(o, "Locale") ?? "", attr(o, "Value") ?? "");
        out.push({
          id: attr(item, "id") ?? "",
          kind: spec[0],
          defaultValue: attr(item, "DefaultValue") ?? "",
          overrides,
          element: item,
        });
      }
    }
  }
  return out;
}

/** Finds the single resource with that id; it returns undefined if the id is missing or defined twice. */
function lookup(root: Element, id: string): Resource | undefined {
  const found = resources(root).filter((r) => r.id === id);
  return found.length === 1 ? found[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Project checks
// ---------------------------------------------------------------------------------------------

/**
 * Shared runtime: Runtime, the CustomFunctions Page, every FunctionFile and every ShowTaskpane action
 * must use the same resid (otherwise Excel silently falls back to a JavaScript-only runtime for the
 * functions). That resid is a bt:Url ending in /taskpane.html, the Runtime has lifetime="long", and
 * DefaultSettings/SourceLocation points at the same page.
 */
export function sharedRuntimeProblems(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const runtimes = elements(root, NS.taskpane, "Runtime");
  if (runtimes.length !== 1) {
    return [`expected exactly one <Runtime> (the shared runtime), found ${runtimes.length}`];
  }
  const runtime = runtimes[0];
  const resid = attr(runtime, "resid") ?? "";
  if (attr(runtime, "lifetime") !== "long") {
    problems.push(
      `${where(runtime)} must have lifetime="long" for a shared runtime (found ${JSON.stringify(attr(runtime, "lifetime") ?? null)})`
    );
  }

  const users: { what: string; el: Element | undefined }[] = [];
  const cf = elements(root, NS.taskpane, "ExtensionPoint").filter(
    (e) => xsiType(e) === "CustomFunctions"
  );
  if (cf.length !== 1)
    problems.push(`expected exactly one CustomFunctions <ExtensionPoint>, found ${cf.length}`);
  for (const ep of cf) {
    const page = child(ep, NS.taskpane, "Page");
    users.push({
      what: "CustomFunctions <Page><SourceLocation>",
      el: page && child(page, NS.taskpane, "SourceLocation"),
    });
  }
  const functionFiles = elements(root, NS.taskpane, "FunctionFile");
  if (functionFiles.length === 0)
    problems.push("no <FunctionFile>: the ribbon must share the runtime too");
  for (const ff of functionFiles) users.push({ what: "<FunctionFile>", el: ff });
  const showTaskpanes = elements(root, NS.taskpane, "Action").filter(
    (e) => xsiType(e) === "ShowTaskpane"
  );
  if (showTaskpanes.length === 0)
    problems.push("no ShowTaskpane <Action>: the CS Metrics button must open the pane");
  for (const a of showTaskpanes)
    users.push({
      what: `ShowTaskpane <Action> (line ${a.lineNumber}) <SourceLocation>`,
      el: child(a, NS.taskpane, "SourceLocation"),
    });

  for (const u of users) {
    if (!u.el) problems.push(`${u.what} is missing`);
    else if (attr(u.el, "resid") !== resid) {
      problems.push(
        `${u.what} at line ${u.el.lineNumber} uses resid "${attr(u.el, "resid")}" but <Runtime> uses "${resid}": all must match or Excel loads a separate JS-only runtime`
      );
    }
  }

  const url = lookup(root, resid);
  if (!url || url.kind !== "url") {
    problems.push(`<Runtime resid="${resid}"> does not resolve to exactly one bt:Url resource`);
  } else {
    if (!/\/taskpane\.html$/.test(safePathname(url.defaultValue))) {
      problems.push(
        `bt:Url "${resid}" is "${url.defaultValue}"; the shared runtime page must end with /taskpane.html`
      );
    }
    const ds = child(root, NS.officeApp, "DefaultSettings");
    const dsSource = ds && child(ds, NS.officeApp, "SourceLocation");
    const dsValue = dsSource && attr(dsSource, "DefaultValue");
    if (dsValue !== url.defaultValue) {
      problems.push(
        `DefaultSettings/SourceLocation is "${dsValue}" but the shared runtime page (${resid}) is "${url.defaultValue}"`
      );
    }
  }
  return problems;
}

function safePathname(u: string): string {
  try {
    return new URL(u).pathname;
  } catch {
    return u;
  }
}

/** The CustomFunctions <Namespace> resid resolves to a short string whose value is the expected namespace. */
export function namespaceProblems(xml: string, expected = "CS"): string[] {
  const root = parseXml(xml);
  const cf = elements(root, NS.taskpane, "ExtensionPoint").filter(
    (e) => xsiType(e) === "CustomFunctions"
  );
  const ns = cf.length === 1 ? child(cf[0], NS.taskpane, "Namespace") : undefined;
  if (!ns)
    return ["the CustomFunctions <ExtensionPoint> has no <Namespace>: functions would not be CS.*"];
  const resid = attr(ns, "resid") ?? "";
  const res = lookup(root, resid);
  if (!res) return [`<Namespace resid="${resid}"> does not resolve to exactly one resource`];
  const problems: string[] = [];
  if (res.kind !== "short")
    problems.push(
      `<Namespace resid="${resid}"> must point at a bt:ShortStrings string, not a ${res.kind} resource`
    );
  if (res.defaultValue !== expected)
    problems.push(`function namespace is "${res.defaultValue}", expected "${expected}"`);
  for (const [locale, value] of res.overrides) {
    if (value !== expected)
      problems.push(
        `function namespace is overridden to "${value}" for ${locale}; it must stay "${expected}" in every locale`
      );
  }
  return problems;
}

/** Elements whose DefaultValue (and Override Value) must be a URL. */
const URL_ELEMENTS = new Set([
  `${NS.officeApp} IconUrl`,
  `${NS.officeApp} HighResolutionIconUrl`,
  `${NS.officeApp} SupportUrl`,
  `${NS.officeApp} SourceLocation`,
  `${NS.bt} Image`,
  `${NS.bt} Url`,
]);
const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/)/i;

export interface UrlUse {
  readonly value: string;
  readonly where: string;
}

/**
 * Every URL in the manifest. This includes the DefaultValue/Value of URL-typed elements (IconUrl,
 * HighResolutionIconUrl, SupportUrl, SourceLocation, bt:Image, bt:Url and their Overrides), the text of
 * AppDomain elements, and any other DefaultValue/Value that looks like a URL.
 */
export function urlUses(xml: string): UrlUse[] {
  const root = parseXml(xml);
  const out: UrlUse[] = [];
  for (const el of [root, ...descendants(root)]) {
    const owner = el.localName === "Override" ? (el.parentNode as Element) : el;
    const urlTyped = URL_ELEMENTS.has(`${owner.namespaceURI} ${owner.localName}`);
    for (const a of Array.from(el.attributes)) {
      if (a.namespaceURI !== null || (a.localName !== "DefaultValue" && a.localName !== "Value"))
        continue;
      if (urlTyped || LOOKS_LIKE_URL.test(a.value.trim()))
        out.push({ value: a.value, where: `${where(el)} ${a.name}` });
    }
    if (el.localName === "AppDomain")
      out.push({ value: (el.textContent ?? "").trim(), where: where(el) });
  }
  return out;
}

/**
 * Every URL is absolute https and on the same origin as all the others (and, if given, on expectedOrigin).
 * The origin rewrite in the build relies on this.
 */
export function urlProblems(xml: string, expectedOrigin?: string): string[] {
  const problems: string[] = [];
  const origins = new Map<string, string[]>();
  const uses = urlUses(xml);
  if (uses.length === 0) return ["no URLs found in the manifest"];
  for (const u of uses) {
    let parsed: URL;
    try {
      parsed = new URL(u.value);
    } catch {
      problems.push(`${u.where}: "${u.value}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${u.where}: "${u.value}" is not https`);
    origins.set(parsed.origin, [...(origins.get(parsed.origin) ?? []), u.where]);
  }
  if (origins.size > 1) {
    const list = [...origins]
      .map(([o, ws]) => `${o} (${ws.length}×, first at ${ws[0]})`)
      .join("; ");
    problems.push(`URLs use ${origins.size} origins, expected exactly one: ${list}`);
  }
  if (expectedOrigin !== undefined) {
    for (const [o, ws] of origins)
      if (o !== expectedOrigin) problems.push(`origin ${o} (at ${ws[0]}) is not ${expectedOrigin}`);
  }
  return problems;
}

/** The resource kind a referencing element needs, by its local name. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Runtime: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

/**
 * Every resid refers to a resource that is defined exactly once, in the right collection (bt:Images,
 * bt:Urls, bt:ShortStrings or bt:LongStrings). Every resource is referenced, and no id is defined twice.
 */
export function residProblems(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  const defs = resources(root);
  const byId = new Map<string, Resource[]>();
  for (const r of defs) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  for (const [id, rs] of byId) {
    if (rs.length > 1)
      problems.push(
        `resource id "${id}" is defined ${rs.length} times (lines ${rs.map((r) => r.element.lineNumber).join(", ")})`
      );
  }
  const referenced = new Set<string>();
  const refs = descendants(root, (e) => attr(e, "resid") !== undefined);
  if (refs.length === 0) problems.push("no resid references found");
  for (const el of refs) {
    const resid = attr(el, "resid") as string;
    referenced.add(resid);
    const rs = byId.get(resid) ?? [];
    if (rs.length === 0) {
      problems.push(`${where(el)} refers to resid "${resid}", which is not defined in <Resources>`);
      continue;
    }
    const want = REFERENCE_KIND[el.localName ?? ""];
    if (want && rs.some((r) => r.kind !== want)) {
      problems.push(
        `${where(el)} refers to "${resid}", a ${rs[0].kind} resource, but needs a ${want} resource`
      );
    }
  }
  for (const r of defs) {
    if (!referenced.has(r.id))
      problems.push(`resource "${r.id}" (line ${r.element.lineNumber}) is never referenced`);
  }
  return problems;
}

/** No <TaskpaneId>: a shared runtime supports a single task pane. */
export function taskpaneIdProblems(xml: string): string[] {
  return descendants(parseXml(xml), (e) => e.localName?.toLowerCase() === "taskpaneid").map(
    (e) => `${where(e)} found: with a shared runtime no ShowTaskpane action may have a TaskpaneId`
  );
}

/** Every id and resid attribute is 1 to 32 characters long. */
export function idLengthProblems(xml: string, max = MAX_ID_LENGTH): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  for (const el of [root, ...descendants(root)]) {
    for (const a of Array.from(el.attributes)) {
      if (a.namespaceURI !== null || (a.localName !== "id" && a.localName !== "resid")) continue;
      if (a.value.length === 0 || a.value.length > max) {
        problems.push(
          `${where(el)} ${a.name}="${a.value}" is ${a.value.length} characters; ids must be 1–${max}`
        );
      }
    }
  }
  return problems;
}

/** One bt:Override of the custom functions' metadata URL: a UI locale and the file Excel reads for it. */
export interface MetadataOverride {
  readonly locale: string;
  readonly url: string;
  readonly where: string;
}

/** The bt:Override children of the bt:Url that the CustomFunctions <Metadata> refers to. */
export function metadataOverrides(xml: string): MetadataOverride[] {
  const root = parseXml(xml);
  const metadata = elements(root, NS.taskpane, "Metadata")[0];
  const source = metadata && child(metadata, NS.taskpane, "SourceLocation");
  const url = source && lookup(root, attr(source, "resid") ?? "");
  if (!url) return [];
  return kids(url.element, NS.bt, "Override").map((o) => ({
    locale: attr(o, "Locale") ?? "",
    url: attr(o, "Value") ?? "",
    where: where(o),
  }));
}

/**
 * The localised function metadata (research §5): each Override names a concrete UI locale
 * (language-REGION such as ar-SA; a bare "ar" is not matched reliably), at most once and never the
 * DefaultLocale, and points to a functions-<lang>.json beside the default functions.json.
 */
export function metadataOverrideProblems(xml: string): string[] {
  const root = parseXml(xml);
  const defaultLocale = child(root, NS.officeApp, "DefaultLocale")?.textContent?.trim();
  const metadata = elements(root, NS.taskpane, "Metadata")[0];
  const source = metadata && child(metadata, NS.taskpane, "SourceLocation");
  const defaultUrl = source && lookup(root, attr(source, "resid") ?? "")?.defaultValue;
  if (!defaultUrl) return ["the CustomFunctions <Metadata> does not resolve to one bt:Url"];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of metadataOverrides(xml)) {
    if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(o.locale))
      problems.push(`${o.where}: Locale "${o.locale}" is not a concrete UI locale such as ar-SA`);
    if (o.locale.toLowerCase() === defaultLocale?.toLowerCase())
      problems.push(`${o.where}: ${o.locale} is the DefaultLocale, which takes no Override`);
    if (seen.has(o.locale.toLowerCase())) problems.push(`${o.where}: ${o.locale} appears twice`);
    seen.add(o.locale.toLowerCase());
    const expectedDir = defaultUrl.slice(0, defaultUrl.lastIndexOf("/") + 1);
    if (
      !o.url.startsWith(expectedDir) ||
      !/^functions-[a-z]+(-[a-z]+)?\.json$/.test(o.url.slice(expectedDir.length))
    )
      problems.push(`${o.where}: "${o.url}" is not a functions-<lang>.json beside ${defaultUrl}`);
  }
  return problems;
}

/** The UI locales the manifest translates into: those of the function metadata Overrides. */
export const uiLocales = (xml: string): string[] => metadataOverrides(xml).map((o) => o.locale);

/** Locale → Value of the Override children (in the element's own namespace) of `el`. */
function overridesOf(el: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (const o of kids(el, el.namespaceURI ?? undefined, "Override"))
    found.set(attr(o, "Locale") ?? "", attr(o, "Value") ?? "");
  return found;
}

/**
 * Everything a user reads or opens is translated for every UI locale of the function metadata:
 * DisplayName, Description and each bt:String carry one Override per locale with a text of their
 * own (not the English), except the product name (ProviderName, e.g. the group and button labels
 * "CS Metrics") and the function namespace, which carry none. SupportUrl and every help.html
 * bt:Url open the help page in that language: `help.html?lang=<localeOf(UI locale)>`.
 */
export function localeOverrideProblems(xml: string): string[] {
  const root = parseXml(xml);
  const locales = uiLocales(xml);
  const product = child(root, NS.officeApp, "ProviderName")?.textContent?.trim();
  const namespaceResid = attr(elements(root, NS.taskpane, "Namespace")[0] ?? root, "resid");
  const problems: string[] = [];
  const expect = (el: Element, name: string, wanted: (locale: string) => string | undefined) => {
    const found = overridesOf(el);
    const fallback = attr(el, "DefaultValue") ?? "";
    for (const locale of locales) {
      const value = found.get(locale);
      const required = wanted(locale);
      if (value === undefined) problems.push(`${name} has no Override for ${locale}`);
      else if (required !== undefined && value !== required)
        problems.push(`${name}: the ${locale} Override is "${value}", expected "${required}"`);
      else if (required === undefined && (value.trim() === "" || value === fallback))
        problems.push(`${name}: the ${locale} Override is not translated`);
    }
    for (const locale of found.keys())
      if (!locales.includes(locale))
        problems.push(
          `${name} has an Override for ${locale}, which is not a UI locale of the manifest`
        );
  };
  const untranslated = (el: Element, name: string) => {
    if (overridesOf(el).size > 0) problems.push(`${name} is not translated, yet has Overrides`);
  };
  for (const local of ["DisplayName", "Description"]) {
    const el = child(root, NS.officeApp, local);
    if (el) expect(el, local, () => undefined);
  }
  const helpUrl = (fallback: string) => (locale: string) => `${fallback}?lang=${localeOf(locale)}`;
  const support = child(root, NS.officeApp, "SupportUrl");
  if (support) expect(support, "SupportUrl", helpUrl(attr(support, "DefaultValue") ?? ""));
  for (const r of resources(root)) {
    const name = `resource ${r.id}`;
    if (r.kind === "short" || r.kind === "long") {
      if (r.id === namespaceResid || r.defaultValue === product) untranslated(r.element, name);
      else expect(r.element, name, () => undefined);
    } else if (r.kind === "url" && /\/help\.html$/.test(r.defaultValue))
      expect(r.element, name, helpUrl(r.defaultValue));
  }
  return problems;
}

/**
 * All the project checks that need only the manifest text. Icons are checked separately by
 * iconProblems, which reads files.
 */
export function projectChecks(
  xml: string,
  options: { expectedOrigin?: string; namespace?: string } = {}
): string[] {
  return [
    ...sharedRuntimeProblems(xml),
    ...namespaceProblems(xml, options.namespace),
    ...urlProblems(xml, options.expectedOrigin),
    ...residProblems(xml),
    ...taskpaneIdProblems(xml),
    ...idLengthProblems(xml),
    ...metadataOverrideProblems(xml),
    ...localeOverrideProblems(xml),
  ];
}

// ---------------------------------------------------------------------------------------------
// Icons
// ---------------------------------------------------------------------------------------------

export interface IconReference {
  readonly url: string;
  /** Expected width and height in pixels. */
  readonly size: number;
  readonly where: string;
}

/**
 * Icon URLs and the pixel size each one must have: IconUrl 32, HighResolutionIconUrl 64, and each
 * bt:Image resource the size it is used at (<bt:Image size="16" resid=...>), including its Overrides.
 */
export function iconReferences(xml: string): { icons: IconReference[]; problems: string[] } {
  const root = parseXml(xml);
  const icons: IconReference[] = [];
  const problems: string[] = [];
  const fixed: [string, number][] = [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ];
  for (const [local, size] of fixed) {
    for (const el of kids(root, NS.officeApp, local)) {
      icons.push({ url: attr(el, "DefaultValue") ?? "", size, where: where(el) });
      for (const o of kids(el)) icons.push({ url: attr(o, "Value") ?? "", size, where: where(o) });
    }
  }
  const sizes = new Map<string, Set<number>>();
  for (const use of elements(root, NS.bt, "Image").filter((e) => attr(e, "resid") !== undefined)) {
    const id = attr(use, "resid") as string;
    const size = Number(attr(use, "size"));
    sizes.set(id, new Set([...(sizes.get(id) ?? []), size]));
  }
  for (const r of resources(root).filter((x) => x.kind === "image")) {
    const used = [...(sizes.get(r.id) ?? [])];
    if (used.length !== 1) {
      problems.push(
        `image resource "${r.id}" is used at ${used.length ? `sizes ${used.join(", ")}` : "no size"}; it must be used at exactly one size`
      );
      continue;
    }
    icons.push({ url: r.defaultValue, size: used[0], where: where(r.element) });
    for (const [locale, value] of r.overrides)
      icons.push({ url: value, size: used[0], where: `${where(r.element)} Override ${locale}` });
  }
  return { icons, problems };
}

/** Width and height from a PNG's IHDR chunk. It throws if the data is not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || sig.some((b, i) => data[i] !== b))
    throw new Error("not a PNG file (bad signature)");
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const type = String.fromCharCode(data[12], data[13], data[14], data[15]);
  if (type !== "IHDR") throw new Error(`not a PNG file (first chunk is ${type}, not IHDR)`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Each referenced icon exists under siteRoot at its URL path (e.g. /assets/icon-16.png goes to
 * <siteRoot>/assets/icon-16.png) and is a PNG of exactly the expected size. Use the repo root for the
 * source manifest and dist/ for the built one.
 */
export function iconProblems(xml: string, siteRoot: string): string[] {
  const { icons, problems } = iconReferences(xml);
  if (icons.length === 0) problems.push("no icons referenced");
  for (const icon of icons) {
    let file: string;
    try {
      file = path.join(siteRoot, decodeURIComponent(new URL(icon.url).pathname));
    } catch {
      problems.push(`${icon.where}: "${icon.url}" is not an absolute URL`);
      continue;
    }
    if (!fs.existsSync(file)) {
      problems.push(`${icon.where}: ${icon.url} → ${path.relative(siteRoot, file)} does not exist`);
      continue;
    }
    try {
      const { width, height } = pngSize(fs.readFileSync(file));
      if (width !== icon.size || height !== icon.size) {
        problems.push(
          `${icon.where}: ${path.relative(siteRoot, file)} is ${width}×${height}, expected ${icon.size}×${icon.size}`
        );
      }
    } catch (e) {
      problems.push(`${icon.where}: ${path.relative(siteRoot, file)}: ${(e as Error).message}`);
    }
  }
  return problems;
}
