// Shared by every page: the page's words in the chosen language, the language switch, and
// talking to the branch's API. No framework: the pages are small and must load fast on any phone.
'use strict';

const tessera = {
  strings: {},
  language: '',

  // The language to ask for: the one chosen on the switch before, else the phone's (the
  // server picks from its Accept-Language).
  wantedLanguage() {
    return localStorage.getItem('tessera-language') || '';
  },

  text(key, ...values) {
    let text = tessera.strings[key] || key;
    // A function, so "$&" in a customer's own words stays as typed.
    values.forEach((value, i) => { text = text.replace('%' + (i + 1), () => String(value)); });
    return text;
  },

  async loadStrings() {
    const answer = await tessera.get('/api/strings?lang=' + encodeURIComponent(tessera.wantedLanguage()));
    tessera.strings = answer.strings;
    tessera.language = answer.language;
    document.documentElement.lang = answer.language.replace('_', '-');
    for (const element of document.querySelectorAll('[data-text]')) {
      element.textContent = tessera.text(element.dataset.text);
    }
  },

  // Every page starts the same way: its words, then the branch's name and languages, then its
  // own part, `show(branch)`. A page that cannot reach the branch says so and tries again every
  // 3 s, unless `onProblem(problem)` takes the problem itself (and returns true).
  async start(show, onProblem) {
    const again = () => tessera.start(show, onProblem);
    try {
      await tessera.loadStrings();
      const branch = await tessera.get('/api/branch?lang=' + encodeURIComponent(tessera.language));
      tessera.setText('branch', branch.branch);
      tessera.fillLanguages(branch.languages, again);
      await show(branch);
      tessera.show('offline', false);
    } catch (problem) {
      if (onProblem && onProblem(problem)) return;
      tessera.show('offline', true);
      setTimeout(again, 3000);
    }
  },

  // Fills the switch with the branch's languages; a change is kept for the next visit.
  fillLanguages(languages, onChange) {
    const select = document.getElementById('language');
    select.replaceChildren(...languages.map(language => {
      const option = document.createElement('option');
      option.value = language.code;
      option.textContent = language.name;
      option.selected = language.code === tessera.language;
      return option;
    }));
    select.onchange = () => {
      localStorage.setItem('tessera-language', select.value);
      onChange();
    };
  },

  // The wait as the kiosk prints it.
  waitText(wait) {
    if (!wait || !wait.known) return null;
    if (wait.highMinutes <= 1) return tessera.text('less-than-minute');
    if (wait.lowMinutes === 0) return tessera.text('up-to', wait.highMinutes);
    return tessera.text('range', wait.lowMinutes, wait.highMinutes);
  },

  async get(path) {
    return tessera.request('GET', path);
  },

  async post(path, body) {
    return tessera.request('POST', path, body);
  },

  // The answer's JSON; an answer that is not 2xx throws {status, error, message}.
  async request(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        cache: 'no-store',
      });
    } catch (e) {
      throw { status: 0, error: 'offline', message: tessera.text('offline') };
    }
    let json = {};
    try { json = await response.json(); } catch (e) { /* an empty or non-JSON answer */ }
    if (!response.ok) {
      throw { status: response.status, error: json.error || 'error', message: json.message || tessera.text('try-again') };
    }
    return json;
  },

  show(id, visible) {
    const element = document.getElementById(id);
    if (element) element.hidden = !visible; // not every page has every part (a saved confirmation has no banner)
  },

  setText(id, text) {
    const element = document.getElementById(id);
    element.textContent = text || '';
  },
};
