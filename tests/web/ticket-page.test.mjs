// The customer's phone, end to end: take a ticket on the branch's page, follow it live, be
// called, leave the queue; a lost connection said plainly and caught up; bad links. Each page
// is photographed at 360x800 and 1280x800 in English and Chinese (TESSERA_SCREENSHOTS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Branch, launchBrowser, openPage, screenshot } from './harness.mjs';

let branch;
let browser;

before(async () => {
  branch = await Branch.start();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await branch?.stop();
});

async function takeTicket(page, serviceName) {
  await page.goto(branch.url + '/');
  await page.getByRole('button', { name: new RegExp(serviceName) }).click();
  await page.waitForURL(/\/t\//);
  await page.locator('#label').filter({ hasText: /^[A-Z]\d{3}$/ }).waitFor();
  return (await page.locator('#label').textContent()).trim();
}

test('a ticket taken on the phone is followed live, called with its counter, without a reload', async () => {
  const page = await openPage(browser, { locale: 'en-GB' });
  const label = await takeTicket(page, 'Cash and payments');
  assert.match(await page.locator('#line1').textContent(), /People ahead of you: 0/);
  // A marker that a reload would wipe: the page must change by itself.
  await page.evaluate(() => { window.stillTheSamePage = true; });
  const numberBox = await page.locator('#label').boundingBox();
  const alertsTop = (await page.locator('#alerts').boundingBox()).y;

  const teller = await branch.teller(1);
  const called = Date.now();
  const answer = await teller.send('CallNext {"counter":1}');
  assert.equal(answer.ok, true, JSON.stringify(answer));
  await page.locator('#headline', { hasText: 'It is your turn' }).waitFor({ timeout: 5000 });
  const shownAfterMs = Date.now() - called;
  console.log(`web_call_to_page_ms: ${shownAfterMs}`);
  assert.ok(shownAfterMs < 1000, `the call took ${shownAfterMs} ms to reach the page`);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'the page was reloaded');
  assert.match(await page.locator('#counter').textContent(), /\S/);
  assert.equal(await page.locator('#label').textContent(), label);
  // No layout shift: the number stays where it was, and so does what is below the card.
  assert.deepEqual(await page.locator('#label').boundingBox(), numberBox);
  assert.deepEqual((await page.locator('#alerts').boundingBox()).y, alertsTop);
  // A screen reader hears it: the live region says the turn and the counter.
  assert.match(await page.locator('#announce').textContent(), /It is your turn.*Please go to/);
  assert.equal(await page.locator('#leave').isVisible(), false, 'a called customer cannot leave from the page');
  await teller.send('StartService {"counter":1}');
  await page.locator('#lead', { hasText: 'You are being served at' }).waitFor();
  await teller.send('FinishTicket {"counter":1}');
  await page.locator('#headline', { hasText: 'Thank you for your visit' }).waitFor();
  // Then the page asks for a rating, once; a comment with markup stays text.
  await page.locator('#feedback legend', { hasText: 'How was your visit?' }).waitFor();
  await screenshot(page, 'ticket-feedback-360-en');
  await page.getByRole('button', { name: '4 of 5' }).click();
  await page.fill('#comment', '<b>Quick</b> and kind');
  await page.locator('#send-feedback').click();
  await page.locator('#feedback-thanks').waitFor();
  assert.equal(await page.locator('#feedback').isVisible(), false);
  const again = await page.evaluate(async token => (await fetch(`/api/tickets/${token}/feedback`, {
    method: 'POST', body: JSON.stringify({ score: 1 }) })).status, page.url().split('/').pop());
  assert.equal(again, 409, 'feedback was taken twice');
  await page.context().close();
});

test('"I can\'t wait any more" cancels the ticket and the line moves', async () => {
  const first = await openPage(browser);
  const second = await openPage(browser);
  const firstLabel = await takeTicket(first, 'Accounts and cards');
  await takeTicket(second, 'Accounts and cards');
  await second.locator('#line1', { hasText: 'People ahead of you: 1' }).waitFor();

  await first.locator('#leave').click();
  await first.locator('#confirm-question', { hasText: `Ticket ${firstLabel} will be cancelled` }).waitFor();
  await first.locator('#leave-yes').click();
  await first.locator('#headline', { hasText: 'This ticket is cancelled' }).waitFor();
  // The one behind moves up, by itself.
  await second.locator('#line1', { hasText: 'People ahead of you: 0' }).waitFor({ timeout: 3000 });
  const supervisor = await branch.station('display');
  const state = await supervisor.send('state');
  assert.ok(!JSON.stringify(state).includes(`"${firstLabel}"`) || JSON.stringify(state).includes('cancelled'),
            'the server still has the ticket waiting');
  await first.context().close();
  await second.context().close();
});

test('a lost connection is said plainly, and the page catches up when the server is back', async () => {
  const page = await openPage(browser);
  await takeTicket(page, 'Loans and mortgages');
  await branch.kill();
  await page.locator('#offline').waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await page.locator('#offline').textContent(), /No connection to the branch/);
  await screenshot(page, 'ticket-offline-360-en');
  await branch.run();
  const teller = await branch.teller(5);
  await teller.send('CallNext {"counter":5}');
  await page.locator('#headline', { hasText: 'It is your turn' }).waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#offline').isVisible(), false);
  await page.context().close();
});

test('a made-up or altered ticket link shows nothing and says so', async () => {
  const page = await openPage(browser);
  const label = await takeTicket(page, 'Cash and payments');
  const token = page.url().split('/').pop();
  const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
  for (const bad of [altered, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA', 'x']) {
    await page.goto(`${branch.url}/t/${bad}`);
    await page.locator('#problem-text', { hasText: 'This ticket link is not valid' }).waitFor();
    assert.equal(await page.locator('#ticket').isVisible(), false);
    assert.ok(!(await page.content()).includes(label));
  }
  await screenshot(page, 'ticket-unknown-360-en');
  await page.context().close();
});

test('the page speaks the phone\'s language, and the switch changes it', async () => {
  const page = await openPage(browser, { locale: 'zh-CN' });
  await page.goto(branch.url + '/');
  await page.locator('h2', { hasText: '取号' }).waitFor();
  await page.selectOption('#language', 'cy');
  await page.locator('h2', { hasText: 'Cymerwch docyn' }).waitFor();
  await page.context().close();
});

test('every page at 360x800 and 1280x800, in English and Chinese', async () => {
  const teller = await branch.teller(2);
  for (const [locale, tag] of [['en-GB', 'en'], ['zh-CN', 'zh_CN']]) {
    for (const [width, height] of [[360, 800], [1280, 800]]) {
      const size = `${width}`;
      const page = await openPage(browser, { width, height, locale });
      await page.goto(branch.url + '/');
      await page.locator('.service-button').first().waitFor();
      await screenshot(page, `home-${size}-${tag}`);
      await page.locator('.service-button').nth(1).click();
      await page.waitForURL(/\/t\//);
      await page.locator('#line1').filter({ hasText: /\d/ }).waitFor();
      await screenshot(page, `ticket-waiting-${size}-${tag}`);
      await page.locator('#leave').click();
      await screenshot(page, `ticket-leave-${size}-${tag}`);
      await page.locator('#leave-no').click();
      const label = (await page.locator('#label').textContent()).trim();
      await teller.send(`CallTicket {"counter":2,"label":"${label}"}`);
      await page.locator('#card[data-status="called"]').waitFor();
      await screenshot(page, `ticket-called-${size}-${tag}`);
      await teller.send('MarkNoShow {"counter":2}');
      await page.locator('#card[data-status="noShow"]').waitFor();
      await page.goto(branch.url + '/t/AAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await page.locator('#problem-text').filter({ hasText: /./ }).waitFor();
      await screenshot(page, `ticket-unknown-${size}-${tag}`);
      // An address with no page: said in the phone's language too.
      const missing = await page.goto(branch.url + '/no-such-page');
      assert.equal(missing.status(), 404);
      await page.locator('h2', { hasText: tag === 'en' ? 'There is no such page here.' : '这里没有这个页面。' }).waitFor();
      await screenshot(page, `not-found-${size}-${tag}`);
      await page.context().close();
    }
  }
});
