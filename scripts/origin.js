// The add-in is served from one https origin: https://localhost:3000 while developing, and the
// host named by CS_METRICS_ORIGIN in a production build. manifest.xml and the JSDoc @helpurl
// tags are written with the development origin; the build rewrites it.
const DEV_ORIGIN = "https://localhost:3000";

function addinOrigin() {
  const configured = process.env.CS_METRICS_ORIGIN;
  if (!configured) return DEV_ORIGIN;
  const url = URL.canParse(configured) ? new URL(configured) : undefined;
  if (!url || url.protocol !== "https:" || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `CS_METRICS_ORIGIN must be a bare https origin such as https://addin.example.com, not "${configured}".`
    );
  }
  return url.origin;
}

function rewriteOrigin(text, origin) {
  return text.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, addinOrigin, rewriteOrigin };
