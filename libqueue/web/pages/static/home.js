// The branch's page: its services, and a ticket taken from the phone where a service allows it.
'use strict';

function showBranch(branch) {
  document.title = branch.branch;
  const list = document.getElementById('services');
  list.replaceChildren(...branch.services.map(serviceItem));
  tessera.show('book-link', branch.services.some(service => service.webBooking));
  showOwnTicket();
}

function serviceItem(service) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.className = 'service-button';
  button.type = 'button';
  const name = document.createElement('span');
  name.className = 'service-name';
  name.textContent = service.name;
  const status = document.createElement('span');
  status.className = 'service-status';
  if (!service.webJoin) {
    status.textContent = tessera.text('kiosk-only');
  } else if (!service.open) {
    status.textContent = tessera.text('closed');
  } else {
    const wait = tessera.waitText(service.wait);
    status.textContent = wait ? tessera.text('waiting', service.waiting, wait) : tessera.text('no-counter');
  }
  button.disabled = !service.webJoin || !service.open;
  button.append(name, status);
  button.onclick = () => takeTicket(service, button);
  item.append(button);
  return item;
}

async function takeTicket(service, button) {
  button.disabled = true; // one tap, one ticket (the request id makes a retry safe too)
  tessera.show('message', false);
  try {
    const answer = await tessera.post('/api/tickets?lang=' + encodeURIComponent(tessera.language),
                                      { service: service.id, request: crypto.randomUUID() });
    localStorage.setItem('tessera-ticket', JSON.stringify({ page: answer.page, label: answer.ticket.label,
                                                           day: answer.ticket.day }));
    location.assign(answer.page);
  } catch (problem) {
    tessera.setText('message', problem.message);
    tessera.show('message', true);
    button.disabled = false;
  }
}

// A ticket taken on this phone today: a way back to its page.
function showOwnTicket() {
  const own = JSON.parse(localStorage.getItem('tessera-ticket') || 'null');
  if (!own) return;
  const link = document.getElementById('own-ticket-link');
  link.href = own.page;
  link.textContent = tessera.text('your-number') + ': ' + own.label + ' →';
  tessera.show('own-ticket', true);
}

tessera.start(showBranch);
