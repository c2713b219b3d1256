// A real branch for the web page tests: tessera-server with its web front on loopback (a
// certificate made for the run), stations as tessera-tool processes, and Debian's Chromium
// driven by playwright-core. Paths come from the environment CTest sets (see CMakeLists.txt).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const SERVER = process.env.TESSERA_SERVER;
const TOOL = process.env.TESSERA_TOOL;
const SOURCE = process.env.TESSERA_SOURCE_DIR;
export const SCREENSHOTS = process.env.TESSERA_SCREENSHOTS || join(tmpdir(), 'tessera-web-screenshots');
const CHROMIUM = process.env.TESSERA_CHROMIUM || '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// The sample bank, with every service open all day and taking tickets on the web (unless
// `change` says otherwise).
function branchConfig(publicUrl, change) {
  const config = JSON.parse(readFileSync(join(SOURCE, 'resources/branch-sample.json'), 'utf8'));
  for (const service of config.services) {
    service.openingHours = { 'mon-sun': ['00:00-24:00'] };
    service.webJoin = true;
    service.webBooking = true;
  }
  // The tests all come from 127.0.0.1: the per-address allowances are test_WebFront's to try.
  config.web = { publicUrl, bookingsPerAddressPerDay: 1000, bookingsPerPhonePerDay: 2 };
  change?.(config);
  return config;
}

export class Branch {
  static async start(change) {
    const branch = new Branch();
    branch.dir = mkdtempSync(join(tmpdir(), 'tessera-web-'));
    branch.stationPort = await freePort();
    branch.webPort = await freePort();
    branch.httpPort = await freePort();
    branch.url = `https://127.0.0.1:${branch.webPort}`;
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
                             '-keyout', join(branch.dir, 'web.key'), '-out', join(branch.dir, 'web.crt'),
                             '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
                 { stdio: 'ignore' });
    branch.config = branchConfig(branch.url, change);
    writeFileSync(join(branch.dir, 'branch.json'), JSON.stringify(branch.config));
    await branch.run();
    return branch;
  }

  // Starts (or starts again) the server on the same data.
  async run() {
    this.server = spawn(SERVER, [
      '--config', join(this.dir, 'branch.json'), '--data', join(this.dir, 'data'), '--listen', '127.0.0.1',
      '--port', String(this.stationPort), '--no-discovery', '--web-certificate', join(this.dir, 'web.crt'),
      '--web-key', join(this.dir, 'web.key'), '--web-port', String(this.webPort),
      '--web-http-port', String(this.httpPort)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.log = '';
    const ready = new Promise((resolve, reject) => {
      const read = chunk => {
        this.log += chunk;
        if (this.log.includes('stations connect on port')) resolve();
      };
      this.server.stdout.on('data', read);
      this.server.stderr.on('data', read);
      this.server.on('exit', code => reject(new Error(`tessera-server ended (${code}):\n${this.log}`)));
    });
    await Promise.race([ready, new Promise((_, reject) => setTimeout(
      () => reject(new Error('tessera-server did not start:\n' + this.log)), 15000))]);
  }

  async kill() {
    const exited = new Promise(resolve => this.server.once('exit', resolve));
    this.server.kill('SIGKILL');
    await exited;
  }

  async stop() {
    for (const station of this.stations || []) station.close();
    if (this.server.exitCode === null) await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  // A station on the command line (tessera-tool script): send() a request line, get its answer.
  async station(role) {
    const process_ = spawn(TOOL, ['--server', `127.0.0.1:${this.stationPort}`, '--key-file',
                                  join(this.dir, 'data', 'branch.key'), '--branch', this.config.branch.id,
                                  '--role', role, '--station-id', `${role}-${Math.random()}`, 'script'],
                           { stdio: ['pipe', 'pipe', 'pipe'] });
    const waiting = new Map();
    let n = 0;
    createInterface({ input: process_.stdout }).on('line', line => {
      let answer;
      try { answer = JSON.parse(line); } catch (e) { return; }
      if (answer.n && waiting.has(answer.n)) {
        waiting.get(answer.n)(answer);
        waiting.delete(answer.n);
      }
    });
    const station = {
      send(line) {
        n += 1;
        const promise = new Promise(resolve => waiting.set(n, resolve));
        process_.stdin.write(line + '\n');
        return promise;
      },
      close() { process_.kill(); },
    };
    (this.stations ||= []).push(station);
    await station.send('wait-online');
    return station;
  }

  // A teller of the sample bank at counter `counter` (1, 2, 3 or 5), logged in and open.
  async teller(counter = 1) {
    const name = { 1: 'anna', 2: 'janis', 3: 'li', 5: 'rhys' }[counter];
    const teller = await this.station('teller');
    for (const line of [`login ${name} demo-${name}`,
                        `LogIn {"teller":"${name}","password":"demo-${name}","counter":${counter}}`,
                        `OpenCounter {"counter":${counter}}`]) {
      const answer = await teller.send(line);
      if (answer.ok === false) throw new Error(`${line}: ${JSON.stringify(answer)}`);
    }
    return teller;
  }
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

// A phone (360x800) or a desktop (1280x800) in a language, trusting the run's certificate.
export async function openPage(browser, { width = 360, height = 800, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, ignoreHTTPSErrors: true,
                                             deviceScaleFactor: 1 });
  return context.newPage();
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name + '.png'), fullPage: true });
}
