// Renders the HTML pages certc writes in headless Chromium (the Debian package, /usr/bin/chromium by default; set
// CHROMIUM to another) and fails when a page is wider than the window at 1280 and 480 px (the VS Code side panel), or
// when a Gantt label runs out of its chart. Screenshots go to tests/browser/out/ for a person to look at.
// Usage: node check-pages.mjs (after `dotnet build`); see README.md, "Tests".
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'tests/browser/out');
const markets = 'CN,EU,GB,KR,JP,IN,EAEU,BR,MX,SA,AUNZ,US,CA';
const dates = ['--ship', '2027-06-01', '--today', '2026-11-25'];
const widths = [1280, 480];

function certc(...args) {
  const run = spawnSync('dotnet', ['run', '--project', join(root, 'src/CertLang.Cli'), '--no-build', '--', ...args], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`certc ${args.join(' ')} exited ${run.status}: ${run.stdout}${run.stderr}`);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const pages = {
  plan: join(out, 'plan-13-markets.html'),
  portfolio: join(out, 'portfolio.html'),
  reference: join(out, 'reference/index.html'),
};
certc('plan', '--pack', 'examples', '--product', 'examples/products/wifi_router.json', '--markets', markets, ...dates, '--format', 'html', '-o', pages.plan);
certc('plan', '--pack', 'examples', '--product', 'examples/products/portfolio.csv', '--markets', markets, ...dates, '--format', 'html', '-o', pages.portfolio);
certc('doc', 'examples', '-o', join(out, 'reference'));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const failures = [];
try {
  for (const [name, file] of Object.entries(pages)) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      const measure = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        labelsOutside: [...document.querySelectorAll('svg.gantt')].flatMap(svg => {
          const right = svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text.step-label')]
            .filter(label => { const box = label.getBBox(); return box.x < 0 || box.x + box.width > right; })
            .map(label => label.textContent);
        }),
      }));
      console.log(`${name} at ${width} px: page ${measure.scrollWidth} px wide, ${measure.labelsOutside.length} Gantt labels outside their chart`);
      if (measure.scrollWidth > measure.innerWidth) {
        failures.push(`${name} at ${width} px is ${measure.scrollWidth} px wide: it scrolls sideways`);
      }
      for (const label of new Set(measure.labelsOutside)) {
        failures.push(`${name} at ${width} px: the Gantt label '${label}' runs out of its chart`);
      }
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: name !== 'portfolio' });
      await page.close();
    }
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`pages fit at ${widths.join(' and ')} px; screenshots in ${out}`);
