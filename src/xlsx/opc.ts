/** The package's plumbing parts: content types and relationships (Open Packaging Conventions). */
import { attributes, unescapeXml } from "./xml";

export const REL_TYPE = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function readRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)].map((m) => {
    const attr = (name: string) =>
      unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? "");
    return { id: attr("Id"), type: attr("Type"), target: attr("Target") };
  });
}

export function addRelationship(xml: string, rel: Relationship): string {
  const close = xml.lastIndexOf("</");
  const prefix = /<(\w+:)?Relationships[\s>]/.exec(xml)?.[1] ?? "";
  return `${xml.slice(0, close)}<${prefix}Relationship${attributes({ Id: rel.id, Type: rel.type, Target: rel.target })}/>${xml.slice(close)}`;
}

export function addOverride(xml: string, partName: string, contentType: string): string {
  const close = xml.lastIndexOf("</");
  const prefix = /<(\w+:)?Types[\s>]/.exec(xml)?.[1] ?? "";
  return `${xml.slice(0, close)}<${prefix}Override${attributes({ PartName: partName, ContentType: contentType })}/>${xml.slice(close)}`;
}

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
