// Opens an HTML export of kg in headless Chromium (puppeteer-core, Debian's /usr/bin/chromium),
// waits for the layout, and prints what the page shows as JSON: counts, timings, console errors,
// requests other than the file itself. With SEARCH it types an alias into the search box and
// reports the panel's heading; with EDGE (an index) it clicks the middle of that edge and reports
// the panel's text. SHOT names a PNG screenshot to write. `frames` tells how responsive the page
// stayed until the layout settled: the animation frames after the page's script ran, and the
// longest gap between two of them.
// With --no-worker the page finds no Worker, as in a browser that refuses one.
// usage: node html_view.js FILE [--search TEXT] [--edge N] [--shot PNG] [--no-worker] [--chromium PATH]
'use strict';
const puppeteer = require('puppeteer-core');
const path = require('path');

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
(async () => {
  const file = 'file://' + path.resolve(args[0]);
  const browser = await puppeteer.launch({
    executablePath: option('--chromium') || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--window-size=1280,800'], defaultViewport: {width: 1280, height: 800}});
  const report = {errors: [], requests: []};
  try {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') report.errors.push(m.text()); });
    page.on('pageerror', (e) => report.errors.push(String(e)));
    page.on('request', (r) => { if (r.url() !== file && !r.url().startsWith('data:')) report.requests.push(r.url()); });
    if (args.includes('--no-worker')) await page.evaluateOnNewDocument(() => { delete window.Worker; });
    await page.evaluateOnNewDocument(() => {
      const frames = window.__frames = {count: 0, longest: 0};
      let last = performance.now();
      const frame = (now) => {
        if (window.kgView) {
          if (frames.count++) frames.longest = Math.max(frames.longest, now - last);
          last = now;
        }
        if (!(window.kgView && window.kgView.laidOut())) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(file, {waitUntil: 'load'});
    await page.waitForFunction(() => window.kgView && window.kgView.laidOut(), {timeout: 120000, polling: 100});
    Object.assign(report, await page.evaluate(() => {
      const c = document.getElementById('counts').dataset;
      return {nodes: +c.nodes, edges: +c.edges, shownNodes: +c.shownNodes, shownEdges: +c.shownEdges,
              timings: window.kgView.timings, ticks: window.kgView.ticks(), frames: window.__frames,
              layoutIn: window.kgView.layoutIn(),
              images: document.images.length, pwned: !!window.__pwned};
    }));
    if (option('--search') !== undefined) {
      await page.type('#search', option('--search'));
      await page.keyboard.press('Enter');
      report.searchHeading = await page.$eval('#panel-body h3', (h) => h.textContent);
      report.searchPanel = await page.$eval('#panel', (p) => p.innerText);
    }
    if (option('--edge') !== undefined) {
      const point = await page.evaluate((i) => window.kgView.edgePoint(i), +option('--edge'));
      await page.mouse.click(point.x, point.y);
      report.edgePanel = await page.$eval('#panel', (p) => p.hidden ? '' : p.innerText);
    }
    report.images = await page.evaluate(() => document.images.length);
    report.pwned = await page.evaluate(() => !!window.__pwned);
    if (option('--shot')) await page.screenshot({path: option('--shot')});
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(report) + '\n');
})().catch((e) => { console.error(String(e && e.stack || e)); process.exit(1); });
