/**
 * Relationship parts (`_rels/*.rels`) and the content types part read with scanXml: each entry
 * with its offsets, so a writer can drop one (calcChain) and keep every other character.
 */
import { ClosedElement, scanXml } from "./xml-scan";

export interface RelationshipEntry {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The element's extent in the part's text. */
  readonly start: number;
  readonly end: number;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export function readRelationshipEntries(xml: string): RelationshipEntry[] {
  const out: RelationshipEntry[] = [];
  scanXml(xml, {
    close: (e) => {
      if (e.uri !== RELS_NS || e.local !== "Relationship") return;
      out.push({
        id: e.attribute("Id") ?? "",
        type: e.attribute("Type") ?? "",
        target: e.attribute("Target") ?? "",
        external: e.attribute("TargetMode") === "External",
        start: e.start,
        end: e.end,
      });
    },
  });
  return out;
}

/** The `<Override>` elements of `[Content_Types].xml` by part name (`/xl/calcChain.xml`). */
export function readContentTypeOverrides(xml: string): Map<string, ClosedElement> {
  const out = new Map<string, ClosedElement>();
  scanXml(xml, {
    close: (e) => {
      if (e.uri === TYPES_NS && e.local === "Override")
        out.set((e.attribute("PartName") ?? "").toLowerCase(), e);
    },
  });
  return out;
}

/** A relationship type's last segment (`worksheet`, `table`, `calcChain`), Transitional or Strict. */
export const relationshipKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);
