// The chart browser: pick a region and an indicator, see the pre-rendered charts, open, download, copy links.
// Where a region has data but no pre-rendered chart (one period, fewer than three regions to compare: a fresh
// start on the seed articles), the same cards show charts rendered on demand for the indicators it has.
// Plain JavaScript against the service's own API; nothing is loaded from another host.
'use strict';

const PAGE_SIZE = 24;
// On-demand renders share a small pool and a per-client allowance (zhibiao.limits.render): a few at a time.
const ON_DEMAND_PAGE = 8;
const KINDS = { 'series': '历年变化', 'compare': '各地比较', 'target-vs-actual': '目标与实际', 'level-growth': '总量及增速',
  'ranking': '各地排序', 'structure': '构成', 'cumulative': '逐月累计', 'on-demand': '按需生成' };
// The on-demand types beyond the line, with what their title adds to the indicator's name.
const ON_DEMAND_TYPES = { 'structure': '构成', 'cumulative': '逐月累计及增长速度' };
const $ = (id) => document.getElementById(id);
// ticket: the latest list asked for; an answer to an older choice (the city's, still loading when a county was
// chosen) is dropped rather than drawn over the newer one.
// choice: the latest region chosen, for the same reason (its indicator list and charts load after the region's own).
const state = { indicators: new Map(), page: 0, total: 0, onDemand: null, ticket: 0, choice: 0 };

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

async function fillRegions(select, query) {
  select.replaceChildren(option('', '全部'));
  if (query === null) {
    select.disabled = true;
    return;
  }
  const regions = await getJson('/api/regions?' + query);
  regions.forEach((r) => select.append(option(r.code, r.name)));
  select.disabled = regions.length === 0;
}

function selectedRegion() {
  return $('county').value || $('city').value || $('province').value || '';
}

function selectedRegionName() {
  for (const id of ['county', 'city', 'province']) {
    if ($(id).value) return $(id).selectedOptions[0].textContent;
  }
  return '';
}

// The URL with ?download=1 (or &download=1 when it already has a query): the answer is an attachment.
function download(url) {
  return url + (url.includes('?') ? '&' : '?') + 'download=1';
}

function absolute(path) {
  return new URL(path, window.location.href).href;
}

function toast(text) {
  const t = document.createElement('div');
  t.className = 'toast';
  t.textContent = text;
  document.body.append(t);
  setTimeout(() => t.remove(), 1800);
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    toast('已复制' + what);
  } catch (e) {
    window.prompt('复制' + what + '：', text);
  }
}

function actions(chart) {
  const box = document.createElement('div');
  box.className = 'actions';
  const link = (href, text, cls) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.setAttribute('download', '');
    if (cls) a.className = cls;
    return a;
  };
  const button = (text, onClick) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  };
  box.append(
    link(download(chart.url), '下载 PNG', 'primary download-png'),
    link(download(chart.svgUrl), '下载 SVG'),
    button('复制图片链接', () => copy(absolute(chart.url), '图片链接')),
    button('复制 CSV 链接', () => copy(absolute(chart.csvUrl), 'CSV 链接')));
  return box;
}

function period(chart) {
  if (!chart.periodStart || !chart.periodEnd) return '';
  const y1 = chart.periodStart.slice(0, 4);
  const y2 = chart.periodEnd.slice(0, 4);
  return (y1 === y2 ? y1 : y1 + '–' + y2) + '年';
}

function card(chart) {
  const li = document.createElement('li');
  li.className = chart.onDemand ? 'chart on-demand' : 'chart';
  li.dataset.key = chart.key;
  const thumb = document.createElement('button');
  thumb.type = 'button';
  thumb.className = 'thumb';
  thumb.setAttribute('aria-label', '查看大图：' + chart.title);
  const img = document.createElement('img');
  img.src = chart.url;
  img.alt = chart.title;
  img.loading = 'lazy';
  if (chart.onDemand) retryWhenBusy(img);
  img.width = 1200;
  img.height = 675;
  thumb.append(img);
  thumb.addEventListener('click', () => (img.dataset.failed ? retryNow(img) : openViewer(chart)));
  const meta = document.createElement('div');
  meta.className = 'meta';
  const title = document.createElement('strong');
  title.textContent = chart.title;
  const indicator = state.indicators.get(chart.indicator);
  meta.append(title, (KINDS[chart.kind] || chart.kind) + ' · ' + (indicator ? indicator.name : chart.indicator) + ' · ' + period(chart));
  li.append(thumb, meta, actions(chart));
  return li;
}

function openViewer(chart) {
  $('viewer-title').textContent = chart.title;
  $('viewer-img').src = chart.url;
  $('viewer-img').alt = chart.title;
  $('viewer-actions').replaceChildren(...actions(chart).childNodes);
  $('viewer').showModal();
}

// A chart rendered on demand may be refused for a while: 503 when the renders running at once are at their bound
// (zhibiao.limits.render.concurrent, 2, while a browser asks for six thumbnails at once) or the render pool is full, 429
// once this browser has used its renders a minute; both say when to come back (Retry-After). An <img> only says
// "error", so the answer is fetched again to read its status: a refusal is asked again after its Retry-After (spread
// a little, so the refused thumbnails do not all come back at the same moment), up to BUSY_TRIES times; any other
// failure, or a refusal that lasts, replaces the thumbnail with what happened (the service's own words as its
// tooltip) and an offer to try again, rather than leaving it blank: the old three fixed retries, 1.5 to 4.5 s apart,
// gave up within 9 s while the other thumbnails' retries kept the two render slots full.
const BUSY_TRIES = 8;

function retryWhenBusy(img) {
  img.addEventListener('error', () => loadWhenFree(img, img.dataset.src || img.src, 0));
}

async function loadWhenFree(img, src, tries) {
  img.dataset.src = src;
  let response;
  try {
    response = await fetch(src);
  } catch (e) {
    unavailable(img, 0, e.message);
    return;
  }
  if (response.ok) {
    const blob = URL.createObjectURL(await response.blob());
    img.addEventListener('load', () => URL.revokeObjectURL(blob), { once: true });
    img.src = blob;
    return;
  }
  let detail = response.statusText || String(response.status);
  try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
  if ((response.status === 503 || response.status === 429) && tries < BUSY_TRIES) {
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 2, 30);
    setTimeout(() => loadWhenFree(img, src, tries + 1), (seconds + Math.random() * 1.5) * 1000);
    return;
  }
  unavailable(img, response.status, detail);
}

// The thumbnail says why there is no chart; a click (the thumbnail's own) asks for it again.
function unavailable(img, status, detail) {
  img.hidden = true;
  img.dataset.failed = '1';
  let note = img.parentElement.querySelector('.thumb-note');
  if (!note) {
    note = document.createElement('span');
    note.className = 'thumb-note';
    note.setAttribute('role', 'status');
    img.after(note);
  }
  note.textContent = (status === 503 || status === 429 ? '服务繁忙，图表暂未生成'
    : status === 404 ? '这里没有可绘制的数据'
      : status ? '图表未能生成（' + status + '）' : '网络错误，图表未能加载') + '。点击重试';
  note.title = detail;
}

function retryNow(img) {
  delete img.dataset.failed;
  img.parentElement.querySelector('.thumb-note')?.remove();
  img.hidden = false;
  loadWhenFree(img, img.dataset.src, 0);
}

// A card's worth of links for a chart of one indicator and region, rendered when asked for: a line, or (type) the
// structure of a whole or a year's 1-N月 totals.
function onDemandChart(entry, region, regionName, type) {
  const params = { indicator: entry.code, region };
  if (type) params.type = type;
  const query = new URLSearchParams(params).toString();
  const base = '/api/charts/render.';
  return {
    key: 'render_' + (type ? type + '_' : '') + entry.code + '_' + region,
    kind: type || 'on-demand',
    onDemand: true,
    title: regionName + entry.name + (type ? ON_DEMAND_TYPES[type] : ''),
    indicator: entry.code,
    periodStart: entry.firstPeriodStart,
    periodEnd: entry.lastPeriodEnd,
    url: base + 'png?' + query,
    svgUrl: base + 'svg?' + query,
    csvUrl: base + 'csv?' + query,
  };
}

// No pre-rendered chart here: the indicators the region has data for, as charts rendered on demand.
async function loadOnDemand(region, ticket) {
  const chosen = $('indicator').value;
  const [all, structures] = await Promise.all([getJson('/api/indicators?region=' + region),
    getJson('/api/charts/structures')]);
  if (ticket !== state.ticket) return;
  const entries = all.filter((i) => i.observations > 0 && (!chosen || i.code === chosen));
  const name = selectedRegionName();
  state.onDemand = entries.map((i) => onDemandChart(i, region, name));
  // A whole whose parts the region reports: its structure; an indicator with 1-N月 totals: its monthly cumulative.
  const reported = new Set(entries.map((i) => i.code));
  structures.filter((s) => (reported.has(s.whole) && s.parts.some((p) => reported.has(p))
      || s.parts.every((p) => reported.has(p))) && (!chosen || chosen === s.whole || s.parts.includes(chosen)))
    .forEach((s) => state.onDemand.push(onDemandChart(state.indicators.get(s.whole) || { code: s.whole, name: s.whole },
      region, name, 'structure')));
  entries.filter((i) => (i.periodTypes || []).includes('ytd') && !i.code.endsWith('.yoy'))
    .forEach((i) => state.onDemand.push(onDemandChart(i, region, name, 'cumulative')));
  $('charts').replaceChildren();
  showOnDemand();
}

function showOnDemand() {
  const all = state.onDemand;
  const shown = $('charts').children.length;
  all.slice(shown, shown + ON_DEMAND_PAGE).forEach((c) => $('charts').append(card(c)));
  const now = $('charts').children.length;
  $('status').textContent = all.length === 0
    ? '这里还没有数据：所选地区和指标尚无统计数据。'
    : '这里还没有预先生成的图表（折线图至少需要两个统计期，比较图至少需要三个地区）；以下 ' + all.length
      + ' 张图表按需生成（折线、构成、逐月累计）' + (now < all.length ? '，已显示 ' + now + ' 张' : '') + '。';
  $('more').hidden = now >= all.length;
}

async function loadCharts(append) {
  if (append && state.onDemand) {
    showOnDemand();
    return;
  }
  state.onDemand = null;
  const ticket = ++state.ticket;
  const params = new URLSearchParams({ page: String(state.page), size: String(PAGE_SIZE) });
  const region = selectedRegion();
  if (region) params.set('region', region);
  if ($('indicator').value) params.set('indicator', $('indicator').value);
  $('status').textContent = '正在加载…';
  try {
    const page = await getJson('/api/charts?' + params);
    if (ticket !== state.ticket) return;
    if (page.total === 0 && region && !append) {
      await loadOnDemand(region, ticket);
      return;
    }
    state.total = page.total;
    if (!append) $('charts').replaceChildren();
    page.items.forEach((c) => $('charts').append(card(c)));
    const shown = $('charts').children.length;
    $('status').textContent = page.total === 0
      ? '还没有预先生成的图表：选择一个地区，查看按它已有数据生成的图表。'
      : '共 ' + page.total + ' 张图表' + (shown < page.total ? '，已显示 ' + shown + ' 张' : '');
    $('more').hidden = shown >= page.total;
  } catch (e) {
    if (ticket === state.ticket) $('status').textContent = '加载失败：' + e.message;
  }
}

async function refreshIndicators(choice = state.choice) {
  // Only indicators that have charts for the chosen region; without any, those it has data for (on demand).
  const region = selectedRegion();
  const params = new URLSearchParams({ size: '200' });
  if (region) params.set('region', region);
  const current = $('indicator').value;
  const page = await getJson('/api/charts?' + params);
  let codes = [...new Set(page.items.map((c) => c.indicator))];
  if (codes.length === 0 && region) {
    codes = (await getJson('/api/indicators?region=' + region)).filter((i) => i.observations > 0).map((i) => i.code);
  }
  if (choice !== state.choice) return;
  $('indicator').replaceChildren(option('', '全部指标'));
  codes.map((code) => state.indicators.get(code) || { code, name: code })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .forEach((i) => $('indicator').append(option(i.code, i.name)));
  $('indicator').value = codes.includes(current) ? current : '';
}

async function regionChanged(level) {
  const choice = ++state.choice;
  if (level === 'province') {
    await fillRegions($('city'), $('province').value ? 'parent=' + $('province').value : null);
    await fillRegions($('county'), null);
  } else if (level === 'city') {
    await fillRegions($('county'), $('city').value ? 'parent=' + $('city').value : null);
  }
  await refreshIndicators(choice);
  if (choice !== state.choice) return;
  state.page = 0;
  await loadCharts(false);
}

async function start() {
  $('province').addEventListener('change', () => regionChanged('province'));
  $('city').addEventListener('change', () => regionChanged('city'));
  $('county').addEventListener('change', () => regionChanged('county'));
  $('indicator').addEventListener('change', () => { state.page = 0; loadCharts(false); });
  $('more').addEventListener('click', () => { state.page += 1; loadCharts(true); });
  $('viewer-close').addEventListener('click', () => $('viewer').close());
  $('viewer').addEventListener('click', (e) => { if (e.target === $('viewer')) $('viewer').close(); });
  try {
    const [indicators] = await Promise.all([getJson('/api/indicators'), fillRegions($('province'), 'level=province')]);
    indicators.forEach((i) => state.indicators.set(i.code, i));
    $('city').disabled = true;
    $('county').disabled = true;
    await refreshIndicators();
  } catch (e) {
    $('status').textContent = '加载失败：' + e.message;
    return;
  }
  await loadCharts(false);
}

start();
