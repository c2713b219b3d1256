// A booking's confirmation, saved by the customer: everything it shows is in the page's address
// after "#", put there when the booking was made; it needs no network to be shown again.
'use strict';

function show() {
  const details = new URLSearchParams(location.hash.slice(1));
  const [y, m, d] = (details.get('day') || '2000-01-01').split('-').map(Number);
  const date = new Intl.DateTimeFormat(tessera.language.replace('_', '-'),
                                       { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
                   .format(new Date(Date.UTC(y, m - 1, d, 12)));
  const time = details.get('time') || '';
  const minutes = t => { const [h, mm] = t.split(':').map(Number); return h * 60 + mm; };
  const clock = total => {
    const minutes = ((total % 1440) + 1440) % 1440; // 00:10 less 30 minutes is 23:40 the day before
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  tessera.setText('what', details.get('service') + ' · ' + details.get('name'));
  tessera.setText('when', date + ', ' + time);
  tessera.setText('code', details.get('code'));
  tessera.setText('how', tessera.text('check-in-how', clock(minutes(time) - Number(details.get('early') || 0)),
                                      clock(minutes(time) + Number(details.get('late') || 0))));
  document.title = details.get('code');
}

// A saved confirmation shows even with no connection to the branch.
tessera.start(show, () => {
  tessera.language = tessera.language || 'en';
  show();
  return true;
});
