#!/usr/bin/env node
// Writes samples/health-score/accounts.xlsx: 300 realistic, seeded customer accounts for the
// health-score demo (spec §10.3), with a few blanks, "n/a" texts and one error, as real exports
// have. Run: npm run samples:health-score (the output is committed; the seed keeps it stable).
const ExcelJS = require("exceljs");
const { join } = require("path");
const { mulberry32 } = require("./random");

const SEED = 20261125;
const ACCOUNTS = 300;

const random = mulberry32(SEED);
const between = (lo, hi) => lo + random() * (hi - lo);
const int = (lo, hi) => Math.floor(between(lo, hi + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
/** Roughly normal: the mean of three uniforms. */
const bell = (mean, spread) => mean + ((random() + random() + random()) / 3 - 0.5) * 2 * spread;

const FIRST = [
  "North",
  "Blue",
  "Silver",
  "Bright",
  "Iron",
  "Green",
  "Summit",
  "Harbor",
  "Cedar",
  "Nova",
  "Apex",
  "Lumen",
  "Quartz",
  "Atlas",
  "Pioneer",
  "Vertex",
  "Crescent",
  "Maple",
  "Orbit",
  "Granite",
];
const SECOND = [
  "wind",
  "field",
  "stone",
  "bridge",
  "line",
  "wave",
  "path",
  "gate",
  "works",
  "point",
];
const KIND = [
  "Logistics",
  "Health",
  "Retail",
  "Analytics",
  "Foods",
  "Energy",
  "Media",
  "Labs",
  "Finance",
  "Systems",
  "Travel",
  "Education",
];

const SEGMENTS = [
  { name: "SMB", share: 0.5, arr: [6_000, 30_000], seats: [5, 40] },
  { name: "Mid-Market", share: 0.35, arr: [30_000, 150_000], seats: [40, 250] },
  { name: "Enterprise", share: 0.15, arr: [150_000, 900_000], seats: [250, 2_000] },
];

function segment() {
  const r = random();
  let total = 0;
  for (const s of SEGMENTS) if (r < (total += s.share)) return s;
  return SEGMENTS[0];
}

function account(i) {
  const s = segment();
  // A hidden "true health" drives every signal, with noise, so the score means something.
  const health = clamp(bell(0.6, 0.45), 0, 1);
  const seats = int(...s.seats);
  const activeUsers = Math.round(seats * clamp(bell(0.25 + 0.7 * health, 0.2), 0.02, 1));
  // Usage is skewed as in real exports: lognormal-like, a few accounts 100 × the median.
  const usage = Math.round(
    activeUsers * between(60, 420) * (0.4 + health) * Math.exp(bell(0, 1.6))
  );
  const features = clamp(Math.round(bell(2 + 9 * health, 2.5)), 0, 12);
  const tickets = Math.max(0, Math.round(bell(9 - 8 * health, 4) * (seats > 250 ? 1.6 : 1)));
  const nps = clamp(Math.round(bell(3 + 7 * health, 2.5)), 0, 10);
  const csat = Math.round(clamp(bell(2.2 + 2.6 * health, 0.9), 1, 5) * 10) / 10;
  const previous = Math.round(clamp(100 * health + bell(0, 22), 0, 100) * 10) / 10;
  const row = [
    `ACC-${String(1001 + i)}`,
    `${pick(FIRST)}${pick(SECOND)} ${pick(KIND)}`,
    s.name,
    Math.round(between(...s.arr) / 500) * 500,
    activeUsers,
    seats,
    usage,
    features,
    tickets,
    nps,
    csat,
    previous,
  ];
  return { row, health };
}

/**
 * Churn in the quarter after the data: likelier the weaker the hidden health, so the back-test's
 * AUC measures something real (not 0.5) without being perfect (the signals are noisy).
 */
const churned = (health) => (random() < 1 / (1 + Math.exp(9 * (health - 0.35))) ? 1 : 0);

const HEADERS = [
  "Account id",
  "Name",
  "Segment",
  "ARR",
  "Active users",
  "Seats",
  "Usage minutes (30 d)",
  "Key features used (of 12)",
  "Support tickets (90 d)",
  "NPS",
  "CSAT",
  "Previous score",
  "Churned next quarter",
];

function dirty(rows) {
  // Survey answers are often missing; exports say "n/a"; one lookup in the CRM failed.
  for (const row of rows) {
    if (random() < 0.12) row[9] = null; // NPS: no answer
    if (random() < 0.08) row[10] = null; // CSAT: no answer
    if (random() < 0.02) row[8] = "n/a"; // tickets: not synced
    if (random() < 0.01) row[11] = null; // new account: no previous score
  }
  rows[41][6] = "n/a";
  rows[117][4] = null;
  rows[203][6] = { error: "#N/A" };
  return rows;
}

async function main() {
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => account(i));
  const rows = dirty(accounts.map((a) => a.row));
  // Drawn after the signals; a few outcomes are not known yet (blank).
  accounts.forEach((a, i) => rows[i].push(random() < 0.04 ? null : churned(a.health)));
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 25));
  const sheet = workbook.addWorksheet("Accounts", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 26 : 14));
  sheet.getColumn(4).numFmt = "#,##0";
  const file = join(__dirname, "accounts.xlsx");
  await workbook.xlsx.writeFile(file);
  process.stdout.write(`Wrote ${file}: ${ACCOUNTS} accounts\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
