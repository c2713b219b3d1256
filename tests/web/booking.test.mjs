// Booking from home in a real browser: a service, a day, a free time, name and phone; the code
// on a page that can be saved; a slot that cannot be overbooked, even by requests at once; the
// phone's daily limit; finding, moving and cancelling a booking; a name with markup shown as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Branch, launchBrowser, openPage, screenshot } from './harness.mjs';

let branch;
let browser;

before(async () => {
  // A working day's hours (09:00-18:00, every day): the slots a customer would see.
  branch = await Branch.start(config => {
    for (const service of config.services) service.openingHours = { 'mon-sun': ['09:00-18:00'] };
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await branch?.stop();
});

// Books `service` on the day `dayIndex` days from today at its first free time; the confirmation page.
async function bookOnPage(page, { service = 'Accounts and cards', dayIndex = 1, name = 'Ilze Liepa',
                                  phone = '+371 2000 0001', shots = null } = {}) {
  await page.goto(branch.url + '/book');
  await page.getByRole('button', { name: service }).click();
  await page.locator('#days .chip').nth(dayIndex).click();
  await page.locator('#times .chip').first().waitFor();
  if (shots) await screenshot(page, `book-times-${shots}`);
  await page.locator('#times .chip').first().click();
  await page.fill('#name', name);
  await page.fill('#phone', phone);
  if (shots) await screenshot(page, `book-details-${shots}`);
  await page.locator('#confirm-booking').click();
  await page.waitForURL(/\/appointment#/);
  await page.locator('#code').filter({ hasText: /^\d{6}$/ }).waitFor();
  return (await page.locator('#code').textContent()).trim();
}

async function api(page, method, path, body) {
  return page.evaluate(async ([method, path, body]) => {
    const response = await fetch(path, { method, headers: { 'Content-Type': 'application/json' },
                                         body: body ? JSON.stringify(body) : undefined });
    return { status: response.status, json: await response.json() };
  }, [method, path, body]);
}

test('a booking made on the page gives a check-in code on a page that can be saved', async () => {
  const page = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', dialog => { dialogs += 1; dialog.dismiss(); });
  const name = '<img src=x onerror=alert(1)><script>alert(2)</script> Jānis';
  const code = await bookOnPage(page, { name, shots: '360-en' });
  assert.match(await page.locator('#what').textContent(), /Accounts and cards · <img src=x/);
  assert.equal(await page.locator('#what img').count(), 0, 'the name became markup');
  assert.equal(dialogs, 0, 'a script in the name ran');
  assert.match(await page.locator('#how').textContent(), /type this code at the kiosk between \d\d:\d\d and \d\d:\d\d/);
  await screenshot(page, 'appointment-360-en');
  // Saved: the same address shows the same booking without the server.
  const saved = page.url();
  await branch.kill();
  await page.goto('about:blank');
  await branch.run();
  await page.goto(saved);
  await page.locator('#code', { hasText: code }).waitFor();
  // The booking is the engine's: found by its code and phone, with the name as given.
  const found = await api(page, 'POST', '/api/appointments/find', { code, phone: '+3712000 0001' });
  assert.equal(found.status, 200);
  assert.equal(found.json.name, name);
  await page.context().close();
});

test('a slot cannot be overbooked, even by requests in the same moment', async () => {
  const page = await openPage(browser);
  await page.goto(branch.url + '/book');
  // The day two days from the branch's today (in the branch's time zone, as the page's chips count).
  const today = (await api(page, 'GET', '/api/branch')).json.booking.today;
  const day = new Date(Date.parse(today + 'T12:00:00Z') + 2 * 86400000).toISOString().slice(0, 10);
  const slots = await api(page, 'GET', `/api/slots?service=loans&day=${day}`);
  assert.equal(slots.status, 200);
  const slot = slots.json.slots[0];
  assert.equal(slot.free, 2, 'loans is served by offices 5 and 6, one booking each');
  const answers = await page.evaluate(async ([start]) => Promise.all(Array.from({ length: 8 }, (_, i) =>
    fetch('/api/appointments', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                 body: JSON.stringify({ service: 'loans', start, name: `Client ${i}`,
                                                        phone: `+371 2100 000${i}` }) })
      .then(async response => ({ status: response.status, json: await response.json() })))), [slot.start]);
  const statuses = answers.map(answer => answer.status).sort();
  assert.deepEqual(statuses, [201, 201, 409, 409, 409, 409, 409, 409]);
  assert.ok(answers.filter(a => a.status === 409).every(a => a.json.error === 'SlotFull'));
  const after = await api(page, 'GET', `/api/slots?service=loans&day=${day}`);
  assert.equal(after.json.slots.find(s => s.start === slot.start).free, 0);
  // The page no longer offers it.
  await page.getByRole('button', { name: 'Loans and mortgages' }).click();
  await page.locator(`#days .chip[data-day="${day}"]`).click();
  await page.locator('#times .chip').first().waitFor();
  assert.notEqual(await page.locator('#times .chip').first().textContent(), slot.time);
  await page.context().close();
});

test('one phone number holds two bookings a day; a third is refused with the reason', async () => {
  const page = await openPage(browser);
  await bookOnPage(page, { dayIndex: 3, phone: '+371 2222 3333' });
  await bookOnPage(page, { dayIndex: 3, phone: '+371-2222-3333' });
  await page.goto(branch.url + '/book');
  await page.getByRole('button', { name: 'Accounts and cards' }).click();
  await page.locator('#days .chip').nth(3).click();
  await page.locator('#times .chip').nth(2).click();
  await page.fill('#name', 'Ilze Liepa');
  await page.fill('#phone', '+37122223333');
  await page.locator('#confirm-booking').click();
  await page.locator('#message', { hasText: 'already has 2 appointment' }).waitFor();
  assert.match(page.url(), /\/book$/);
  await page.context().close();
});

test('a booking is found by code and phone, moved to another time, then cancelled', async () => {
  const page = await openPage(browser);
  const code = await bookOnPage(page, { dayIndex: 4, phone: '+371 2444 5555' });
  const firstTime = await page.locator('#when').textContent();
  await page.goto(branch.url + '/book');
  await page.locator('#manage summary').click();
  // A wrong phone finds nothing.
  await page.fill('#find-code', code);
  await page.fill('#find-phone', '+371 2999 9999');
  await page.locator('#find button').click();
  await page.locator('#message', { hasText: 'cannot find a booking' }).waitFor();
  await page.fill('#find-phone', '+371 2444 5555');
  await page.locator('#find button').click();
  await page.locator('#found-text', { hasText: 'Accounts and cards' }).waitFor();
  await screenshot(page, 'book-manage-360-en');
  await page.locator('#move-booking').click();
  await page.locator('#days .chip').nth(5).click();
  await page.locator('#times .chip').nth(1).click();
  await page.locator('#confirm-move').click();
  await page.waitForURL(/\/appointment#/);
  await page.locator('#code').filter({ hasText: /^\d{6}$/ }).waitFor(); // filled once the page's words are in
  const newCode = (await page.locator('#code').textContent()).trim();
  assert.notEqual(await page.locator('#when').textContent(), firstTime);
  // The old code is gone; the new one is found, and cancelled.
  assert.equal((await api(page, 'POST', '/api/appointments/find', { code, phone: '+371 2444 5555' })).status, 404);
  await page.goto(branch.url + '/book');
  await page.locator('#manage summary').click();
  await page.fill('#find-code', newCode);
  await page.fill('#find-phone', '+371 2444 5555');
  await page.locator('#find button').click();
  await page.locator('#cancel-booking').click();
  await page.locator('#moving', { hasText: 'Your booking is cancelled' }).waitFor();
  assert.equal((await api(page, 'POST', '/api/appointments/find', { code: newCode, phone: '+371 2444 5555' })).status,
               404);
  await page.context().close();
});

test('the booking pages at 360x800 and 1280x800, in English and Chinese', async () => {
  for (const [locale, tag] of [['en-GB', 'en'], ['zh-CN', 'zh_CN']]) {
    for (const width of [360, 1280]) {
      const page = await openPage(browser, { width, height: 800, locale });
      await bookOnPage(page, { service: tag === 'en' ? 'Accounts and cards' : '账户与银行卡', dayIndex: 6,
                               phone: `+371 26${width}${tag.length}`, shots: `${width}-${tag}` });
      await screenshot(page, `appointment-${width}-${tag}`);
      await page.goto(branch.url + '/');
      await screenshot(page, `home-with-booking-${width}-${tag}`);
      await page.context().close();
    }
  }
});
