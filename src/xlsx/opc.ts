/**
 * The package's plumbing parts: content types and relationships (Open Packaging Conventions),
 * added to with splices after the root's last child, in the prefix the part already uses.
 */
import { Splice, applySplices, appendChildren, prefixOf, rootElement, startTag } from "./xml-scan";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * The relationship type `kind` (`worksheet`, `styles`) in the same family, Strict or Transitional,
 * as `like`, a type the package already uses (its officeDocument relationship).
 */
export const relationshipType = (like: string, kind: string): string =>
  like.slice(0, like.lastIndexOf("/") + 1) + kind;

/** `xml` with elements added as the root's last children, each built with the root's prefix. */
function appendToRoot(xml: string, children: (prefix: string) => string): string {
  const root = rootElement(xml);
  const splices: Splice[] = appendChildren(root, children(prefixOf(root.name)));
  return applySplices(xml, splices);
}

export const addRelationship = (xml: string, rel: Relationship): string =>
  appendToRoot(xml, (p) =>
    startTag(`${p}Relationship`, { Id: rel.id, Type: rel.type, Target: rel.target }, true)
  );

export const addOverride = (xml: string, partName: string, contentType: string): string =>
  appendToRoot(xml, (p) =>
    startTag(`${p}Override`, { PartName: partName, ContentType: contentType }, true)
  );

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
