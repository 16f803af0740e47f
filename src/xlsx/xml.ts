/** Small XML helpers for the parts the writer generates or edits. */

export const escapeXml = (text: string): string =>
  text
    .replace(
      /[&<>"]/g,
      (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] as string
    )
    // Characters XML 1.0 cannot carry at all (a control character inside a metric name).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

/** `name="value"` pairs of an element's attributes, undefined values left out. */
export const attributes = (attrs: Readonly<Record<string, string | number | undefined>>): string =>
  Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Strict Open XML's counterparts of NS_MAIN and NS_REL. */
export const NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const NS_STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
