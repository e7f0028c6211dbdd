// Renders an HTML report in headless Chromium (Debian's, never a downloaded
// one) and checks what a reader gets: the scorecard is visible, the page
// asks nothing of any network, axe-core finds no serious or critical
// accessibility violation, and the filters work. Writes full-page
// screenshots at 360 and 1280 pixels wide.
//
//   node tests/browser/render_report.mjs REPORT.html SCREENSHOT_PREFIX
//
// Exit status: 0 all checks passed, 1 a check failed, 77 the browser or the
// node modules are missing (the message says which).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SKIP = 77;
const [reportPath, shotPrefix] = process.argv.slice(2);
if (!reportPath || !shotPrefix) {
  console.error('usage: render_report.mjs REPORT.html SCREENSHOT_PREFIX');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(`SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium)`);
  process.exit(SKIP);
}
const require = createRequire(import.meta.url);
let chromium, axeSource;
try {
  ({ chromium } = require('playwright-core'));
  axeSource = require('axe-core').source;
} catch (e) {
  console.log(`SKIPPED: node modules missing (scripts/install-node-deps.sh): ${e.message.split('\n')[0]}`);
  process.exit(SKIP);
}

let failures = 0;
const fail = (message) => { failures++; console.log(`FAIL: ${message}`); };
const check = (message) => console.log(`-- ${message}`);

const pageUrl = pathToFileURL(path.resolve(reportPath)).href;
const profile = mkdtempSync(path.join(tmpdir(), 'rightscheck-chromium-'));
// A fresh profile (Playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Every request any page makes, wherever it goes.
const requests = [];
browser.on('request', (request) => requests.push(request.url()));
async function openReport(width, javaScript = true) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 800 });
  if (!javaScript) {
    const cdp = await browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl, { waitUntil: 'load' });
  return { context: page, page, errors };
}

try {
  const phone = await openReport(360);
  const { page } = phone;

  check('the scorecard is rendered and visible');
  const scorecard = page.locator('.scorecard').first();
  if (!(await scorecard.isVisible())) fail('the scorecard is not visible');

  check('nothing overflows a 360-pixel screen sideways');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) fail(`the page is ${overflow} px wider than the 360 px screen`);

  check('axe-core: no serious or critical violation (WCAG 2.1 A and AA)');
  // The page's CSP forbids injected script tags; the DevTools protocol evaluates axe's source.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations) {
    console.log(`   axe ${v.impact}: ${v.id} (${v.nodes.length} nodes) ${v.help}`);
    if (bad.includes(v))
      for (const n of v.nodes.slice(0, 5)) console.log(`      ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`);
  }
  console.log(`   axe: ${results.passes.length} rules passed, ${results.violations.length} violated, ${results.incomplete.length} need review`);
  if (bad.length) fail(`${bad.length} serious or critical accessibility violation(s)`);

  check('the filters hide findings and their highlights');
  const shownBefore = await page.locator('article.finding:visible').count();
  const box = page.locator('.filters input[value="k-safeguard"]').first();
  if (await box.count()) {
    await box.uncheck();
    const shownAfter = await page.locator('article.finding:visible').count();
    const visibleSafeguards = await page.locator('article.finding.fk-safeguard:visible').count();
    if (visibleSafeguards !== 0 || shownAfter >= shownBefore) fail(`unticking safeguards left ${visibleSafeguards} visible`);
    const status = await page.locator('.filters .shown').first().textContent();
    // "Showing 3 of 7 findings." in the page's language: two numbers.
    if (!/\d+\D+\d+/.test(status || '')) fail(`no count of shown findings: "${status}"`);
    await box.check();
  }

  check('every link inside the page lands on an element of the page');
  const broken = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href'))
    .filter((h) => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1)))));
  if (broken.length) fail(`links that go nowhere or off the page: ${broken.slice(0, 5).join(' ')}`);

  if (phone.errors.length) fail(`console errors: ${phone.errors.join(' | ')}`);
  await page.screenshot({ path: `${shotPrefix}-360.png`, fullPage: true });
  console.log(`   screenshot: ${shotPrefix}-360.png`);
  await phone.context.close();

  const wide = await openReport(1280);
  await wide.page.screenshot({ path: `${shotPrefix}-1280.png`, fullPage: true });
  console.log(`   screenshot: ${shotPrefix}-1280.png`);
  await wide.context.close();

  check('without JavaScript the text, the findings and the filters (through CSS) still work');
  const plain = await openReport(360, false);
  const findings = await plain.page.locator('article.finding:visible').count();
  const marks = await plain.page.locator('mark[data-f]').count();
  if (findings === 0 || marks === 0) fail(`without JavaScript: ${findings} findings and ${marks} highlights shown`);
  const noJsBox = plain.page.locator('.filters input[value="k-safeguard"]').first();
  if (await noJsBox.count()) {
    await noJsBox.uncheck();
    const left = await plain.page.locator('article.finding.fk-safeguard:visible').count();
    if (left !== 0) fail(`without JavaScript unticking safeguards left ${left} visible`);
  }
  await plain.context.close();

  check('no request left the page: only its own file:// URL');
  const foreign = requests.filter((u) => u !== pageUrl);
  console.log(`   ${requests.length} request(s): ${[...new Set(requests)].join(' ')}`);
  if (foreign.length) fail(`requests to other origins: ${[...new Set(foreign)].join(' ')}`);
} catch (e) {
  fail(`the browser run broke: ${e.stack || e}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
