// Writes portfolio.csv: a portfolio of model variants generated from the example products (*.json in this folder),
// as a manufacturer's product list would hold them - one row per model sold: the market variants of its supply voltage,
// with a CB test report, without one or not known yet, professional models, and some records with a gap.
//
//   node examples/products/generate-portfolio.mjs           write portfolio.csv
//   node examples/products/generate-portfolio.mjs --check   exit 1 if portfolio.csv is not what this script writes
//
// Deterministic: the same products give the same file, byte for byte (no dates, no randomness, sorted input).

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const folder = dirname(fileURLToPath(import.meta.url));
const output = join(folder, "portfolio.csv");
const columns = ["id", "name", "category", "hs", "rated_voltage", "min_rated_voltage", "supply", "use", "has_radio", "internet_connected", "digital_logic", "has_cb_report"];

// Mains voltages of the markets' variants: JP 100 V, US/CA 120 V, MX 127 V, CN/KR/BR 220 V, EU/GB/IN 230 V, AU/NZ/SA 240 V
// (notes section 17.1: a product is sold as the market-appropriate variant).
const mainsVoltages = [100, 120, 127, 220, 230, 240];

// Nameplate voltages of the variants of battery and DC products, by category.
const dcVoltages = { router: [5, 12, 24], power_bank: [5, 9, 20], cordless_drill: [12, 18, 36] };

// Three-phase mains voltages of industrial motors.
const motorVoltages = [230, 400, 460, 575, 690];

const products = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")))
  // The 120 V hair dryer is itself a variant of the 230 V one: the voltage axis below covers it.
  .filter((product) => product.id !== "HD-2000-US");

const rows = products.flatMap(variants);
const csv = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))].map((cells) => cells.map(cell).join(",")).join("\n") + "\n";

if (process.argv.includes("--check")) {
  const committed = readFileSync(output, "utf8");
  if (committed !== csv) {
    console.error(`${output} is not what generate-portfolio.mjs writes: run it and commit the result.`);
    process.exit(1);
  }
  console.log(`${output}: ${rows.length} products, up to date`);
} else {
  writeFileSync(output, csv);
  console.log(`wrote ${output}: ${rows.length} products from ${products.length} example products`);
}

/** The model variants of one example product. */
function variants(product) {
  const attributes = product.attributes;
  const base = { category: product.category, hs: product.hs, ...attributes };
  const family = familyName(product.name);
  const voltages = attributes.use === "industrial" ? motorVoltages
    : attributes.supply === "dc" ? dcVoltages[product.category]
    : mainsVoltages;
  // A wide-range model (100-240 V) keeps its lowest rating in every variant; a single-rated one is rated at the
  // variant's voltage alone.
  const wideRange = attributes.min_rated_voltage !== attributes.rated_voltage && attributes.supply === "ac" && attributes.use !== "industrial";
  const lowest = (volts) => (wideRange ? attributes.min_rated_voltage : `${volts} V`);
  const rows = [];
  for (const volts of voltages) {
    // With a CB test report, without one, and not known yet (an empty cell: planned with the longer durations).
    for (const [suffix, cb] of [["-CB", true], ["-NC", false], ["", undefined]]) {
      rows.push({ ...base, id: `${product.id}-${volts}V${suffix}`, name: `${family}, ${volts} V`, rated_voltage: `${volts} V`, min_rated_voltage: lowest(volts), has_cb_report: cb });
    }
  }

  // The same model sold for workplaces (offices, shops), in its North American and European variants: NRTL listing and
  // the EESS turn on the intended use.
  if (attributes.use === "household") {
    const workplaceVoltages = attributes.supply === "dc" ? [voltages[1]] : [120, 230];
    for (const volts of workplaceVoltages) {
      rows.push({ ...base, id: `${product.id}-${volts}V-PRO`, name: `${family}, ${volts} V, professional model`, rated_voltage: `${volts} V`, min_rated_voltage: lowest(volts), use: "commercial" });
    }
  }

  // Industrial motors also come with an integrated drive: electronics bring them into EMC.
  if (attributes.use === "industrial") {
    for (const volts of voltages) {
      rows.push({ ...base, id: `${product.id}-${volts}V-VFD`, name: `${family}, ${volts} V, with integrated drive`, rated_voltage: `${volts} V`, min_rated_voltage: lowest(volts), digital_logic: true });
    }
  }

  // A record with a gap, as portfolios have them: the planner reports what it cannot decide instead of guessing.
  const gap = attributes.supply === "dc" ? "digital_logic" : "rated_voltage";
  const draft = { ...base, id: `${product.id}-DRAFT`, name: `${family}, draft record (${gap} not entered)`, [gap]: undefined };
  // A draft without its rated voltage lacks its lowest rating too, unless it is a wide-range model.
  if (gap === "rated_voltage" && !wideRange) draft.min_rated_voltage = undefined;
  rows.push(draft);
  return rows;
}

/** The product's name without its voltage ratings and remarks: "Wi-Fi 6 router, 12 V DC input" is "Wi-Fi 6 router". */
function familyName(name) {
  return name.replace(/\s*\(.*?\)/g, "").replace(/,? \d+(-\d+)? V( (AC|DC))?( (input|in|out|supply))?/g, "").trim();
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function cell(value) {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
