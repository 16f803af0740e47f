/** The product's version (package.json), shown in the pane and written in the sheet's panel. */
import packageJson from "../package.json";

// A default import: webpack keeps only the `version` field of the JSON in the bundle.
export const PRODUCT_VERSION: string = packageJson.version;
