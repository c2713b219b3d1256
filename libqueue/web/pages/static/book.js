// Booking from home: a service, a day, a free time, a name and a phone number; then the
// check-in code, on a page that can be saved. A booking is found again by its code and phone
// number, to cancel it or move it to another time.
'use strict';

let branch = null;
const chosen = { service: null, day: null, slot: null };
let moving = null; // the booking being moved: {code, phone, service, ...}

function dateText(isoDay, options) {
  const [y, m, d] = isoDay.split('-').map(Number);
  // Noon UTC of that date, shown in UTC: the branch's calendar day whatever the phone's zone.
  return new Intl.DateTimeFormat(tessera.language.replace('_', '-'),
                                 { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

function chip(text, onClick, selected) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.textContent = text;
  button.setAttribute('aria-pressed', selected ? 'true' : 'false');
  button.onclick = onClick;
  return button;
}

function showMessage(text) {
  tessera.setText('message', text);
  tessera.show('message', !!text);
}

function renderServices() {
  const list = document.getElementById('services');
  const bookable = branch.services.filter(service => service.webBooking &&
                                                     (!moving || service.id === moving.service));
  list.replaceChildren(...bookable.map(service => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'service-button';
    button.setAttribute('aria-pressed', chosen.service?.id === service.id ? 'true' : 'false');
    const name = document.createElement('span');
    name.className = 'service-name';
    name.textContent = service.name;
    button.append(name);
    button.onclick = () => chooseService(service);
    item.append(button);
    return item;
  }));
}

function chooseService(service) {
  chosen.service = service;
  chosen.day = null;
  chosen.slot = null;
  renderServices();
  renderDays();
  tessera.show('day-step', true);
  tessera.show('time-step', false);
  tessera.show('details', false);
  tessera.show('confirm-move', false);
}

function renderDays() {
  // The days the service has hours on, as the server says: no Sunday to be told it has no times.
  const days = chosen.service.bookingDays || [];
  document.getElementById('days').replaceChildren(...days.map(day => {
    const button = chip(dateText(day, { weekday: 'short', day: 'numeric', month: 'short' }), () => chooseDay(day),
                        day === chosen.day);
    button.dataset.day = day;
    return button;
  }));
}

async function chooseDay(day) {
  chosen.day = day;
  chosen.slot = null;
  renderDays();
  showMessage('');
  tessera.show('details', false);
  tessera.show('confirm-move', false);
  try {
    const answer = await tessera.get(`/api/slots?service=${encodeURIComponent(chosen.service.id)}&day=${day}` +
                                     `&lang=${encodeURIComponent(tessera.language)}`);
    const free = answer.slots.filter(slot => slot.free > 0);
    document.getElementById('times').replaceChildren(...free.map(slot =>
      chip(slot.time, () => chooseTime(slot), false)));
    tessera.show('no-times', free.length === 0);
    tessera.show('time-step', true);
  } catch (problem) {
    showMessage(problem.message);
  }
}

function chooseTime(slot) {
  chosen.slot = slot;
  for (const button of document.querySelectorAll('#times .chip')) {
    button.setAttribute('aria-pressed', button.textContent === slot.time ? 'true' : 'false');
  }
  tessera.setText('chosen', tessera.text('chosen', chosen.service.name,
                                         dateText(chosen.day, { weekday: 'long', day: 'numeric', month: 'long' }),
                                         slot.time));
  if (moving) {
    tessera.show('confirm-move', true);
    document.getElementById('confirm-move').focus();
  } else {
    tessera.show('details', true);
    document.getElementById('name').focus();
  }
}

// The confirmation page holds the booking in its address (after #, never sent anywhere), so
// it can be saved or bookmarked and shown without the network.
function showConfirmation(appointment) {
  const details = new URLSearchParams({ code: appointment.code, service: appointment.serviceName,
                                        day: appointment.day, time: appointment.time, name: appointment.name,
                                        early: appointment.checkInEarlyMinutes,
                                        late: appointment.checkInLateMinutes });
  location.assign('/appointment#' + details.toString());
}

async function book(event) {
  event.preventDefault();
  const button = document.getElementById('confirm-booking');
  button.disabled = true;
  showMessage('');
  try {
    showConfirmation(await tessera.post('/api/appointments?lang=' + encodeURIComponent(tessera.language), {
      service: chosen.service.id, start: chosen.slot.start,
      name: document.getElementById('name').value, phone: document.getElementById('phone').value,
    }));
  } catch (problem) {
    showMessage(problem.message);
    button.disabled = false;
    if (problem.error === 'SlotFull') chooseDay(chosen.day); // the times offered now
  }
}

async function findBooking(event) {
  event.preventDefault();
  showMessage('');
  tessera.show('found', false);
  const code = document.getElementById('find-code').value.trim();
  const phone = document.getElementById('find-phone').value;
  try {
    const found = await tessera.post('/api/appointments/find?lang=' + encodeURIComponent(tessera.language),
                                     { code, phone });
    moving = null;
    document.getElementById('found').dataset.code = code;
    document.getElementById('found').dataset.phone = phone;
    document.getElementById('found').dataset.service = found.service;
    tessera.setText('found-text', tessera.text('found', found.serviceName,
                                               dateText(found.day, { weekday: 'long', day: 'numeric', month: 'long' }),
                                               found.time, found.name));
    tessera.show('found', true);
  } catch (problem) {
    showMessage(problem.message);
  }
}

async function cancelBooking() {
  const found = document.getElementById('found').dataset;
  try {
    await tessera.post('/api/appointments/cancel?lang=' + encodeURIComponent(tessera.language),
                       { code: found.code, phone: found.phone });
    tessera.show('found', false);
    showMessage('');
    tessera.setText('found-text', '');
    alertDone(tessera.text('booking-cancelled'));
  } catch (problem) {
    showMessage(problem.message);
  }
}

function alertDone(text) {
  const moved = document.getElementById('moving');
  moved.textContent = text;
  moved.hidden = false;
}

function startMove() {
  const found = document.getElementById('found').dataset;
  moving = { code: found.code, phone: found.phone, service: found.service };
  alertDone(document.getElementById('found-text').textContent + ' → ' + tessera.text('move-booking'));
  document.getElementById('manage').open = false;
  const service = branch.services.find(s => s.id === moving.service);
  if (service) chooseService(service);
  document.getElementById('service-heading').scrollIntoView();
}

async function confirmMove() {
  try {
    showConfirmation(await tessera.post('/api/appointments/move?lang=' + encodeURIComponent(tessera.language),
                                        { code: moving.code, phone: moving.phone, start: chosen.slot.start }));
  } catch (problem) {
    showMessage(problem.message);
  }
}

function showBooking(loaded) {
  branch = loaded;
  renderServices();
  if (chosen.service) chooseService(branch.services.find(s => s.id === chosen.service.id) || chosen.service);
}

document.getElementById('details').onsubmit = book;
document.getElementById('find').onsubmit = findBooking;
document.getElementById('cancel-booking').onclick = cancelBooking;
document.getElementById('move-booking').onclick = startMove;
document.getElementById('confirm-move').onclick = confirmMove;
tessera.start(showBooking);
