#!/usr/bin/env node
/*
 * Opens a client app in Debian's Chromium as a person would and takes the two screenshots
 * the real-client test promises: the AI DevOps page and an MLModel's Monitoring tab.
 *
 *   node shots.mjs <new|legacy> <screenshot dir>
 */
import { chromium } from '@playwright/test';

const [system, dir] = process.argv.slice(2);
const base = 'http://localhost:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const failures = [];
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
try {
  page.setDefaultTimeout(60_000);
  page.on('pageerror', error => failures.push(`page error: ${error.message}`));
  // Opens a page; the new template's guest sign-in asks with a button, the legacy one not.
  const open = async (url, ready) => {
    await page.goto(`${base}${url}`);
    const enter = page.getByRole('button', { name: 'Enter' });
    await enter.or(ready).first().waitFor();
    if (await enter.isVisible()) await enter.click();
    await ready.waitFor();
  };
  await open('/aiops', page.getByRole('heading', { name: 'Fleet' }));
  await page.getByText('Models (6)').waitFor();
  await page.getByRole('link', { name: 'Churn classifier' }).first().waitFor();
  await page.screenshot({
    path: `${dir}/real-client-${system}-aiops.png`,
    fullPage: true,
  });
  await page.goto(
    `${base}/catalog/default/mlmodel/churn-classifier/monitoring`,
  );
  await page.getByText('No reference profile yet').waitFor();
  await page.screenshot({
    path: `${dir}/real-client-${system}-monitoring.png`,
    fullPage: true,
  });
  await page.goto(`${base}/catalog/default/mlmodel/fraud-detector/governance`);
  await page
    .getByText('Human approval of the current version')
    .first()
    .waitFor();
  await page.screenshot({
    path: `${dir}/real-client-${system}-governance.png`,
    fullPage: true,
  });
} catch (error) {
  failures.push(error.message);
  const failed = `${dir}/real-client-${system}-failure.png`;
  await page.screenshot({ path: failed, fullPage: true }).catch(() => {});
  failures.push(`the page at ${page.url()} is in ${failed}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`shots (${system}): ${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `shots (${system}): the AI DevOps page, Monitoring and Governance tabs render`,
);
