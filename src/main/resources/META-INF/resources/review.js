// The review page: an editor works the queue of /api/review one figure at a time: accept, correct or reject it
// (POST /api/observations/{id}/review with If-Match), then on to the next. Signs in through the service's OpenID
// Connect provider (authorization code with PKCE, no secret in the browser) or takes a role-bearing token.
'use strict';

const $ = id => document.getElementById(id);
const PAGE_SIZE = 20;
const PERIOD_TYPES = { year: '年', half: '半年', quarter: '季度', month: '月', ytd: '年初至今', multi_year: '多年', day: '日', other: '其他' };
const KINDS = { actual: '实际', target: '目标' };
const QUALIFIERS = { exact: '精确', approx: '约', at_least: '以上', at_most: '以下', range: '区间' };
// ?region=360700 opens the queue of that region (a link from a city's dashboard, say).
const state = { token: sessionStorage.getItem('zhibiao.token'), items: [], index: 0, page: 0,
  region: new URLSearchParams(location.search).get('region') || '', indicator: '', busy: false };

async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers: Object.assign({ Accept: 'application/json' }, headers) });
  if (!response.ok) {
    throw new Error(await problem(response));
  }
  return { body: await response.json(), etag: response.headers.get('ETag') };
}

async function problem(response) {
  try {
    const p = await response.json();
    return p.detail || p.title || response.statusText;
  } catch (e) {
    return response.status + ' ' + response.statusText;
  }
}

function status(text) {
  $('status').textContent = text;
}

// ---- signing in -------------------------------------------------------------------------------------------------

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function provider() {
  const methods = (await getJson('/api/auth')).body;
  if (!methods.oidc) {
    return null;
  }
  const discovery = (await getJson(methods.oidc.issuer + '/.well-known/openid-configuration')).body;
  return { clientId: methods.oidc.clientId, authorize: discovery.authorization_endpoint, token: discovery.token_endpoint };
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function login(idp) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const stateValue = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('zhibiao.pkce', JSON.stringify({ verifier, state: stateValue }));
  const query = new URLSearchParams({ response_type: 'code', client_id: idp.clientId, redirect_uri: redirectUri(),
    scope: 'openid profile', state: stateValue, code_challenge: challenge, code_challenge_method: 'S256' });
  location.assign(idp.authorize + '?' + query);
}

// Back from the provider with ?code=…&state=…: trade the code for an access token, then forget the query.
async function finishLogin(idp) {
  const query = new URLSearchParams(location.search);
  const pkce = JSON.parse(sessionStorage.getItem('zhibiao.pkce') || 'null');
  if (!idp || !query.get('code') || !pkce || pkce.state !== query.get('state')) {
    return;
  }
  sessionStorage.removeItem('zhibiao.pkce');
  history.replaceState(null, '', redirectUri());
  const response = await fetch(idp.token, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
      client_id: idp.clientId, code_verifier: pkce.verifier }) });
  if (response.ok) {
    useToken((await response.json()).access_token);
  } else {
    status('登录失败：' + await problem(response));
  }
}

function useToken(token) {
  state.token = token || null;
  if (state.token) {
    sessionStorage.setItem('zhibiao.token', state.token);
  } else {
    sessionStorage.removeItem('zhibiao.token');
  }
  return showWho();
}

async function showWho() {
  $('logout').hidden = !state.token;
  if (!state.token) {
    $('who').textContent = '未登录：可以浏览待核数据，核校需要登录（editor 角色）。';
    return;
  }
  try {
    const me = (await getJson('/api/auth/me', auth())).body;
    const where = me.region ? '，限 ' + me.region + ' 及下辖地区' : '';
    $('who').textContent = '已登录：' + (me.name || me.subject) + '（' + me.roles.join('、') + where + '）';
    if (me.region && !state.region) {
      state.region = me.region;
      $('region-search').value = me.region;
    }
  } catch (e) {
    $('who').textContent = '令牌不可用：' + e.message;
  }
}

function auth() {
  return state.token ? { Authorization: 'Bearer ' + state.token } : {};
}

// ---- the queue --------------------------------------------------------------------------------------------------

async function loadQueue() {
  const query = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
  if (state.region) query.set('region', state.region);
  if (state.indicator) query.set('indicator', state.indicator);
  status('正在加载待核数据…');
  try {
    const answer = (await getJson('/api/review?' + query)).body;
    state.items = answer.items;
    state.index = 0;
    state.total = answer.total;
    show();
  } catch (e) {
    status('无法加载：' + e.message);
  }
}

function current() {
  return state.items[state.index];
}

function show() {
  const item = current();
  $('item').hidden = !item;
  $('correction').hidden = true;
  if (!item) {
    status(state.page > 0 ? '本页已核完，正在加载下一页…' : '没有待核的数据。');
    if (state.page > 0 || state.items.length === PAGE_SIZE) {
      state.page += 1;
      if (state.items.length > 0) loadQueue();
    }
    return;
  }
  status('待核 ' + (state.total ?? state.items.length) + ' 条');
  // Which figure is shown, for links and for tests that drive the page.
  $('item').dataset.observation = item.observationId;
  $('item').dataset.value = item.value;
  $('position').textContent = '第 ' + (state.page * PAGE_SIZE + state.index + 1) + ' 条';
  $('priority').textContent = '紧迫度 ' + item.priority.toFixed(1);
  showEvidence(item.evidence);
  const doc = item.document;
  $('document').textContent = '来源：' + doc.source + '《' + doc.title + '》' + doc.published + (doc.url ? ' ' + doc.url : '');
  showAttributes(item);
  $('reasons').textContent = item.reasons && item.reasons.length ? '存疑原因：' + item.reasons.join('、') : '';
  $('findings').replaceChildren(...(item.findings || []).map(f => {
    const li = document.createElement('li');
    li.textContent = f.check + '：' + f.detail;
    return li;
  }));
}

function showEvidence(evidence) {
  const sentence = evidence.sentence;
  const parts = [span(evidence.before, 'around'), document.createTextNode(sentence.slice(0, evidence.markStart))];
  const mark = document.createElement('mark');
  mark.textContent = sentence.slice(evidence.markStart, evidence.markEnd);
  parts.push(mark, document.createTextNode(sentence.slice(evidence.markEnd)), span(evidence.after, 'around'));
  $('evidence').replaceChildren(...parts);
}

function span(text, className) {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text ? ' ' + text + ' ' : '';
  return s;
}

function showAttributes(item) {
  const confidence = item.confidence == null ? '' : '（把握 ' + Math.round(item.confidence * 100) + '%）';
  const rows = [
    ['数值', number(item.value) + (item.valueMax != null ? '–' + number(item.valueMax) : '') + ' ' + (item.unit || '')
      + ' · ' + (QUALIFIERS[item.qualifier] || item.qualifier) + confidence],
    ['指标', item.indicator],
    ['地区', item.regionName + '（' + item.region + '）'],
    ['期间', item.periodStart + ' 至 ' + item.periodEnd + ' · ' + (PERIOD_TYPES[item.periodType] || item.periodType)],
    ['性质', KINDS[item.kind] || item.kind],
  ];
  $('attributes').replaceChildren(...rows.map(([name, value]) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    const td = document.createElement('td');
    th.textContent = name;
    td.textContent = value;
    tr.append(th, td);
    return tr;
  }));
}

function number(value) {
  return value == null ? '' : Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 6 });
}

function next() {
  state.index += 1;
  show();
}

// ---- verdicts ---------------------------------------------------------------------------------------------------

async function review(verdict, changes, note) {
  const item = current();
  if (!item || state.busy) return;
  if (!state.token) {
    status('请先登录或填入令牌。');
    return;
  }
  state.busy = true;
  try {
    // The observation's ETag as it stands now: a stale one (another editor was faster) answers 412.
    const observation = await getJson('/api/observations/' + item.observationId);
    const body = { verdict };
    if (changes) body.changes = changes;
    if (note) body.note = note;
    const response = await fetch('/api/observations/' + item.observationId + '/review', { method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json', 'If-Match': observation.etag }, auth()),
      body: JSON.stringify(body) });
    if (response.ok) {
      status({ accept: '已确认', reject: '已剔除', correct: '已改正' }[verdict] + '：' + item.indicator + ' · ' + item.regionName);
      next();
    } else if (response.status === 412) {
      status('这条数据刚被别人改过，已重新载入。');
      await loadQueue();
    } else {
      status('未保存：' + await problem(response));
    }
  } catch (e) {
    status('未保存：' + e.message);
  } finally {
    state.busy = false;
  }
}

function openCorrection() {
  const item = current();
  if (!item) return;
  const form = $('correction');
  form.hidden = false;
  form.region.value = item.region;
  form.indicator.value = item.indicator;
  form.periodStart.value = item.periodStart;
  form.periodEnd.value = item.periodEnd;
  form.periodType.value = item.periodType;
  form.kind.value = item.kind;
  form.value.value = item.value ?? '';
  form.valueMax.value = item.valueMax ?? '';
  form.unit.value = item.unit || '';
  form.qualifier.value = item.qualifier;
  form.note.value = '';
  form.region.focus();
}

// Only what the editor changed goes to the service; a region typed as a name is taken from the search's answer.
function changedAttributes() {
  const item = current();
  const form = $('correction');
  const changes = {};
  const region = regionCode(form.region.value);
  if (region !== item.region) changes.region = region;
  for (const name of ['indicator', 'periodStart', 'periodEnd', 'periodType', 'kind', 'unit', 'qualifier']) {
    if (form[name].value !== String(item[name] ?? '')) changes[name] = form[name].value;
  }
  for (const name of ['value', 'valueMax']) {
    const written = form[name].value.trim();
    if (written !== String(item[name] ?? '')) changes[name] = written === '' ? null : Number(written);
  }
  return changes;
}

function regionCode(written) {
  const text = written.trim();
  const code = text.match(/\d{6}/);
  if (code) return code[0];
  const option = [...$('correction-regions').options].find(o => o.value === text || o.label === text);
  return option ? option.dataset.code : text;
}

async function saveCorrection() {
  const changes = changedAttributes();
  if (Object.keys(changes).length === 0) {
    status('没有改动任何属性；无误请按“确认无误”。');
    return;
  }
  await review('correct', changes, $('correction').note.value.trim());
}

// ---- pickers ----------------------------------------------------------------------------------------------------

async function suggestRegions(input, list, withCodeValue) {
  const q = input.value.trim();
  if (q.length < 1 || /^\d+$/.test(q)) return;
  try {
    const answer = (await getJson('/api/regions?q=' + encodeURIComponent(q))).body;
    const regions = Array.isArray(answer) ? answer : (answer.items || []);
    list.replaceChildren(...regions.slice(0, 20).map(r => {
      const o = document.createElement('option');
      o.value = withCodeValue ? r.name + ' ' + r.code : r.name + ' ' + r.code;
      o.dataset.code = r.code;
      return o;
    }));
  } catch (e) {
    // suggestions are a help, not a need
  }
}

async function fillIndicators() {
  try {
    const answer = (await getJson('/api/indicators')).body;
    const indicators = Array.isArray(answer) ? answer : (answer.items || []);
    $('indicator-options').replaceChildren(...indicators.map(i => {
      const o = document.createElement('option');
      o.value = i.code;
      o.label = i.name;
      return o;
    }));
    $('indicator-filter').append(...indicators.map(i => {
      const o = document.createElement('option');
      o.value = i.code;
      o.textContent = i.name + '（' + i.code + '）';
      return o;
    }));
  } catch (e) {
    // the picker stays empty; codes may still be typed
  }
}

// ---- wiring -----------------------------------------------------------------------------------------------------

function onKey(event) {
  if (event.target.closest('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) {
    if (event.key === 'Escape') $('correction').hidden = true;
    return;
  }
  const actions = { a: () => review('accept'), r: () => review('reject'), c: openCorrection, n: next };
  const action = actions[event.key.toLowerCase()];
  if (action) {
    event.preventDefault();
    action();
  }
}

async function start() {
  let idp = null;
  try {
    idp = await provider();
    await finishLogin(idp);
  } catch (e) {
    status('无法连接身份提供方：' + e.message);
  }
  $('login').hidden = !idp;
  $('login').addEventListener('click', () => login(idp));
  $('use-token').addEventListener('click', () => useToken($('token').value.trim()).then(loadQueue));
  $('logout').addEventListener('click', () => useToken(null));
  $('accept').addEventListener('click', () => review('accept'));
  $('reject').addEventListener('click', () => review('reject'));
  $('correct').addEventListener('click', openCorrection);
  $('skip').addEventListener('click', next);
  $('save-correction').addEventListener('click', saveCorrection);
  $('cancel-correction').addEventListener('click', () => { $('correction').hidden = true; });
  $('region-search').addEventListener('input', () => suggestRegions($('region-search'), $('region-options'), true));
  $('region-search').addEventListener('change', () => {
    state.region = regionCode($('region-search').value) || '';
    state.page = 0;
    loadQueue();
  });
  $('correction').region.addEventListener('input', e => suggestRegions(e.target, $('correction-regions'), true));
  $('indicator-filter').addEventListener('change', e => {
    state.indicator = e.target.value;
    state.page = 0;
    loadQueue();
  });
  document.addEventListener('keydown', onKey);
  $('region-search').value = state.region;
  await showWho();
  await fillIndicators();
  await loadQueue();
}

start();
