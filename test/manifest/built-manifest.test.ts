/**
 * The manifest the build ships (dist/manifest.xml), and the production origin rewrite that the build
 * applies to it (scripts/origin.js). jest's globalSetup builds dist/ first if it is stale.
 */
import * as fs from "fs";
import * as path from "path";
import {
  iconProblems,
  metadataOverrides,
  projectChecks,
  validateManifestXml,
} from "./manifest-checks";

const { addinOrigin, rewriteOrigin } = require("../../scripts/origin") as {
  addinOrigin(): string;
  rewriteOrigin(text: string, origin: string): string;
};

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const DEV_ORIGIN = "https://localhost:3000";
const PROD_ORIGIN = "https://addin.example.com";

describe("dist/manifest.xml", () => {
  const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");

  it("passes XSD validation", async () => {
    expect(await validateManifestXml(built)).toEqual([]);
  });

  it("passes the project checks on the development origin", () => {
    expect(projectChecks(built, { expectedOrigin: DEV_ORIGIN })).toEqual([]);
  });

  it("points every translated function metadata to a file the build wrote", () => {
    const overrides = metadataOverrides(built);
    expect(overrides).toHaveLength(4);
    for (const o of overrides) {
      const file = new URL(o.url).pathname.slice(1);
      expect([o.locale, file, fs.existsSync(path.join(DIST, file))]).toEqual([
        o.locale,
        file,
        true,
      ]);
    }
  });

  it("references icons that the build copied to dist/assets at the right sizes", () => {
    expect(iconProblems(built, DIST)).toEqual([]);
  });
});

describe("the production origin rewrite", () => {
  const rewritten = rewriteOrigin(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    PROD_ORIGIN
  );

  it("leaves no development origin behind", () => {
    expect(rewritten).not.toContain(DEV_ORIGIN);
    expect(rewritten).toContain(`${PROD_ORIGIN}/taskpane.html`);
  });

  it("still passes XSD validation", async () => {
    expect(await validateManifestXml(rewritten)).toEqual([]);
  });

  it("passes the project checks on the production origin", () => {
    expect(projectChecks(rewritten, { expectedOrigin: PROD_ORIGIN })).toEqual([]);
  });
});

describe("addinOrigin() reads CS_METRICS_ORIGIN", () => {
  const saved = process.env.CS_METRICS_ORIGIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.CS_METRICS_ORIGIN;
    else process.env.CS_METRICS_ORIGIN = saved;
  });

  const withOrigin = (value: string | undefined) => {
    if (value === undefined) delete process.env.CS_METRICS_ORIGIN;
    else process.env.CS_METRICS_ORIGIN = value;
    return addinOrigin();
  };

  it.each([
    [undefined, DEV_ORIGIN],
    [PROD_ORIGIN, PROD_ORIGIN],
  ])("CS_METRICS_ORIGIN=%p gives %p", (value, expected) => {
    expect(withOrigin(value)).toBe(expected);
  });

  it.each(["http://x.com", "https://x.com/path", "https://x.com/?q=1", "not a url"])(
    "rejects CS_METRICS_ORIGIN=%p",
    (value) => {
      expect(() => withOrigin(value)).toThrow(/CS_METRICS_ORIGIN/);
    }
  );
});
