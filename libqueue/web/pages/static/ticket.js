// A ticket's own page (/t/<token>): its number and place, updated live by server-sent events;
// when it is called, the counter, large, with a sound and a vibration if the customer turned
// them on (a browser plays sound only after a tap). Nothing moves when the number is called:
// the same boxes change their words and colours.
'use strict';

const token = location.pathname.split('/').pop();
let stream = null;
let last = null;     // the view shown
let alerts = false;  // sound and vibration, turned on by a tap
let audio = null;

function render(view) {
  const previous = last;
  last = view;
  document.title = view.label;
  tessera.setText('service', view.service);
  tessera.setText('label', view.label);
  const card = document.getElementById('card');
  card.dataset.status = view.status;
  let headline = '', lead = '', counter = '', line1 = '', line2 = '';
  switch (view.status) {
    case 'waiting': {
      const wait = tessera.waitText(view.wait);
      line1 = tessera.text('ahead', view.peopleAhead);
      line2 = wait ? tessera.text('estimate', wait) : tessera.text('estimate-unknown');
      headline = tessera.text('waiting-status');
      break;
    }
    case 'called':
      headline = view.recalls > 0 ? tessera.text('called-again') : tessera.text('called');
      lead = tessera.text('go-to');
      counter = view.counter.name;
      break;
    case 'serving':
      lead = tessera.text('serving');
      counter = view.counter.name;
      break;
    case 'finished':
      headline = tessera.text('finished');
      break;
    case 'noShow':
      headline = tessera.text('no-show');
      break;
    case 'cancelled':
      headline = tessera.text('cancelled');
      break;
  }
  tessera.setText('headline', headline);
  tessera.setText('lead', lead);
  tessera.show('lead', lead !== '');
  tessera.setText('counter', counter);
  tessera.show('counter', counter !== '');
  tessera.setText('line1', line1);
  tessera.setText('line2', line2);
  tessera.show('leave', view.canLeave);
  if (!view.canLeave) tessera.show('confirm', false);
  tessera.show('alerts', view.status === 'waiting' || view.status === 'called');
  tessera.show('feedback', view.feedback === 'ask');
  tessera.show('feedback-thanks', view.feedback === 'given');

  const calledNow = view.status === 'called' &&
      (!previous || previous.status !== 'called' || previous.recalls !== view.recalls);
  if (calledNow) {
    tessera.setText('announce', headline + '. ' + tessera.text('go-to') + ' ' + counter + '.');
    if (previous) alert_();
  }
}

// The chime of the lobby: two tones, then a vibration where the phone has one.
function alert_() {
  if (!alerts) return;
  if (navigator.vibrate) navigator.vibrate([300, 150, 300, 150, 600]);
  if (!audio) return;
  const now = audio.currentTime;
  [[880, 0], [660, 0.35]].forEach(([frequency, at]) => {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, now + at);
    volume.gain.exponentialRampToValueAtTime(0.5, now + at + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, now + at + 0.6);
    tone.connect(volume).connect(audio.destination);
    tone.start(now + at);
    tone.stop(now + at + 0.65);
  });
}

function turnOnAlerts() {
  alerts = true;
  try {
    audio = audio || new AudioContext();
    audio.resume();
  } catch (e) { audio = null; }
  const button = document.getElementById('alerts');
  button.setAttribute('aria-pressed', 'true');
  button.textContent = tessera.text('alerts-on');
  if (navigator.vibrate) navigator.vibrate(100);
}

function showProblem(message) {
  if (stream) stream.close();
  tessera.show('ticket', false);
  tessera.show('offline', false);
  tessera.setText('problem-text', message);
  tessera.show('problem', true);
}

// Live updates: the server sends the ticket's view at once and after every change. The
// browser reconnects by itself; the banner says so meanwhile, and the first view after
// it catches the page up.
function listen() {
  if (stream) stream.close();
  stream = new EventSource('/api/tickets/' + token + '/events?lang=' + encodeURIComponent(tessera.language));
  stream.addEventListener('status', event => {
    tessera.show('offline', false);
    render(JSON.parse(event.data));
  });
  stream.onopen = () => tessera.show('offline', false);
  stream.onerror = async () => {
    tessera.show('offline', true);
    if (stream.readyState === EventSource.CLOSED) {
      // Refused, not cut: the link is no longer good (its day ended), or the server is away.
      try {
        await tessera.get('/api/tickets/' + token);
        setTimeout(listen, 2000);
      } catch (problem) {
        if (!takeProblem(problem)) setTimeout(listen, 2000);
      }
    }
  };
}

// Five stars as a group of toggle buttons: large targets, and a screen reader says "3 of 5".
let score = 0;
function renderStars() {
  const stars = document.getElementById('stars');
  stars.replaceChildren(...[1, 2, 3, 4, 5].map(n => {
    const star = document.createElement('button');
    star.type = 'button';
    star.className = 'star';
    star.textContent = n <= score ? '★' : '☆';
    star.setAttribute('aria-label', tessera.text('feedback-score', n));
    star.setAttribute('aria-pressed', n === score ? 'true' : 'false');
    star.onclick = () => { score = n; renderStars(); document.getElementById('send-feedback').disabled = false; };
    return star;
  }));
}

async function sendFeedback(event) {
  event.preventDefault();
  const button = document.getElementById('send-feedback');
  button.disabled = true;
  try {
    render(await tessera.post('/api/tickets/' + token + '/feedback?lang=' + encodeURIComponent(tessera.language),
                              { score, comment: document.getElementById('comment').value }));
  } catch (problem) {
    tessera.setText('message', problem.message);
    tessera.show('message', true);
    button.disabled = false;
  }
}

async function leave() {
  tessera.show('confirm', false);
  try {
    render(await tessera.post('/api/tickets/' + token + '/leave?lang=' + encodeURIComponent(tessera.language)));
  } catch (problem) {
    tessera.setText('message', problem.message);
    tessera.show('message', true);
  }
}

async function showTicket() {
  render(await tessera.get('/api/tickets/' + token + '?lang=' + encodeURIComponent(tessera.language)));
  tessera.show('ticket', true);
  renderStars();
  if (alerts) document.getElementById('alerts').textContent = tessera.text('alerts-on');
  listen();
}

// A link that names no ticket of today is said so, and not tried again.
function takeProblem(problem) {
  if (problem.status !== 404 && problem.status !== 410) return false;
  showProblem(problem.message);
  return true;
}

document.getElementById('alerts').onclick = turnOnAlerts;
document.getElementById('feedback').onsubmit = sendFeedback;
document.getElementById('leave').onclick = () => {
  tessera.setText('confirm-question', tessera.text('leave-question', last ? last.label : ''));
  tessera.show('confirm', true);
  document.getElementById('leave-no').focus();
};
document.getElementById('leave-yes').onclick = leave;
document.getElementById('leave-no').onclick = () => tessera.show('confirm', false);
tessera.start(showTicket, takeProblem);
