// Opens CLIENTS Server-Sent Events streams to /api/stream, posts ROUNDS articles, and measures per client the
// delay from each POST's 201 to the change event of that document; polls /api/series meanwhile.
// Memory: runs MEASURE (a command printing "heap_bytes rss_bytes" of the service after a GC) before and after connecting.
// Plain Node 20, no packages. Prints one JSON object.
import http from 'node:http';
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const BASE = new URL(process.env.BASE ?? 'http://127.0.0.1:18520');
const CLIENTS = Number(process.env.CLIENTS ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOKEN = process.env.TOKEN ?? 'bench-token';
const MEASURE = process.env.MEASURE;
const POLL_PATH = process.env.POLL_PATH ?? '/api/series?indicator=loans.issued&region=360000,510107';
const now = () => performance.now();

function measure() {
  if (!MEASURE) return null;
  const [heap, rss] = execSync(MEASURE, { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
  return { heap, rss };
}

function request(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: BASE.hostname, port: BASE.port, method, path, agent: false,
      headers: { ...headers, ...(body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {}) } },
      res => { let data = ''; res.setEncoding('utf8'); res.on('data', c => data += c); res.on('end', () => resolve({ status: res.statusCode, data, at: now() })); });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

// One stream: resolves 'ready' once the ready event arrives; records the arrival time of each change event by document.
function openStream(i) {
  return new Promise((resolve, reject) => {
    const client = { arrivals: new Map(), ready: false, res: null };
    const req = http.get({ host: BASE.hostname, port: BASE.port, path: '/api/stream', agent: false,
      headers: { Accept: 'text/event-stream' } }, res => {
      if (res.statusCode !== 200) { reject(new Error(`stream ${i}: HTTP ${res.statusCode}`)); return; }
      client.res = res;
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', chunk => {
        const t = now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: ready') && !client.ready) { client.ready = true; resolve(client); }
          if (block.includes('event: change')) {
            const data = JSON.parse(block.split('\n').find(l => l.startsWith('data: ')).slice(6));
            if (!client.arrivals.has(data.documentId)) client.arrivals.set(data.documentId, t);
          }
        }
      });
    });
    req.on('error', reject);
    client.req = req;
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

async function pollFor(ms) {
  const latencies = [];
  const until = now() + ms;
  while (now() < until) {
    const t = now();
    const r = await request('GET', POLL_PATH);
    if (r.status !== 200) throw new Error(`poll: HTTP ${r.status}`);
    latencies.push(r.at - t);
    await new Promise(res => setTimeout(res, 50));
  }
  return latencies;
}

function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), max: round(s[s.length - 1]) };
}
const round = v => v == null ? null : Math.round(v * 10) / 10;

async function postArticle() {
  const text = `本报成都讯 2025年，成都市武侯区新开工重点项目45个，完成投资128.6亿元。（编号${randomUUID()}）`;
  const body = JSON.stringify({ title: '武侯区项目建设', source: '成都日报', published: '2026-01-05', text });
  const sent = now();
  const posted = await request('POST', '/api/documents', body, { Authorization: `Bearer ${TOKEN}` });
  if (posted.status !== 201) throw new Error(`POST: HTTP ${posted.status} ${posted.data}`);
  return { doc: JSON.parse(posted.data).id, sent, at: posted.at };
}
const remove = doc => request('DELETE', `/api/documents/${doc}`, null, { Authorization: `Bearer ${TOKEN}` });

// Warm-up, not counted: the JVM compiles the poll, ingest and stream paths first.
await pollFor(2000);
for (let i = 0; i < 3; i++) await remove((await postArticle()).doc);
const before = measure();
const pollIdle = await pollFor(5000);

const t0 = now();
const clients = [];
for (let i = 0; i < CLIENTS; i += 100) { // in batches, so the accept queue is not flooded
  clients.push(...await Promise.all(Array.from({ length: Math.min(100, CLIENTS - i) }, (_, k) => openStream(i + k))));
}
const connectMs = now() - t0;
await new Promise(r => setTimeout(r, 1000));
const after = measure();

const delays = [];
const fromSend = [];
let missing = 0;
let pollLoaded = [];
for (let round = 0; round < ROUNDS; round++) {
  const polling = pollFor(2500);
  const { doc, sent, at } = await postArticle();
  const posted = { at };
  const deadline = now() + 10000;
  while (now() < deadline && clients.some(c => !c.arrivals.has(doc))) await new Promise(r => setTimeout(r, 5));
  for (const c of clients) {
    if (!c.arrivals.has(doc)) { missing++; continue; }
    delays.push(Math.max(0, c.arrivals.get(doc) - posted.at)); // an event may beat the 201 to the client: 0 then
    fromSend.push(c.arrivals.get(doc) - sent);
  }
  pollLoaded = pollLoaded.concat(await polling);
  await remove(doc);
  await new Promise(r => setTimeout(r, 500));
}
for (const c of clients) c.req.destroy();

console.log(JSON.stringify({
  clients: CLIENTS, rounds: ROUNDS, connectAllMs: round(connectMs),
  delayFrom201Ms: summary(delays), delayFromPostSentMs: summary(fromSend), missingEvents: missing,
  pollIdleMs: summary(pollIdle), pollDuringStreamsMs: summary(pollLoaded),
  memory: before && after ? {
    heapBeforeBytes: before.heap, heapAfterBytes: after.heap, rssBeforeBytes: before.rss, rssAfterBytes: after.rss,
    heapPerClientBytes: Math.round((after.heap - before.heap) / CLIENTS),
    rssPerClientBytes: Math.round((after.rss - before.rss) / CLIENTS) } : null,
}, null, 2));
