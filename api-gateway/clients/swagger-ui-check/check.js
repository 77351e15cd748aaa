// Swagger UI served by the gateway: lists every service's operations, and calls one with a pasted token.
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto('http://localhost:8080/swagger-ui/', { waitUntil: 'networkidle' });
  await page.waitForSelector('.opblock', { timeout: 30000 });
  const count = await page.locator('.opblock').count();
  const tags = await page.locator('.opblock-tag').allInnerTexts();
  console.log('operations listed:', count);
  console.log('tags:', tags.map(t => t.split('\n')[0]).join(' | '));
  // Authorize with a pasted token.
  await page.click('button.authorize');
  const input = page.locator('.modal-ux input[type=text], .modal-ux input[type=password]').first();
  await input.fill(process.env.BUREAU_ADMIN_TOKEN);
  await page.locator('.modal-ux button.authorize').first().click();
  await page.locator('.modal-ux button.btn-done, .modal-ux .close-modal').first().click();
  // GET /api/v1/departments: open it, try it out, execute.
  const op = page.locator('#operations-Departments-listDepartments');
  await op.locator('.opblock-summary').click();
  await op.locator('button.try-out__btn').click();
  await op.locator('button.execute').click();
  await op.locator('.live-responses-table .response-col_status').first().waitFor({ timeout: 20000 });
  const status = await op.locator('.live-responses-table .response-col_status').first().innerText();
  const body = await op.locator('.live-responses-table .microlight').first().innerText();
  console.log('executed GET /api/v1/departments: status', status.trim(), 'body starts', body.slice(0, 120).replace(/\s+/g, ' '));
  await page.screenshot({ path: 'swagger.png' });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
