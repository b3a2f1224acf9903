// 总览: totals from the submissions, one card per pipeline stage (in, out, backlog, rate, dead letters) and the
// readiness of every service.
import { api } from '../api.js';
import { clear, errorBox, h, num, time } from '../dom.js';
import { HEALTH } from '../labels.js';

const TOTALS = [
  ['submissions', '报送总数', ''],
  ['RECEIVED', '已接收（待解析）', 'received'],
  ['PARSED', '已解析（待审查）', 'parsed'],
  ['PASSED', '通过', 'passed'],
  ['FAILED', '未通过', 'failed'],
  ['unreadable', '其中无法读取', 'unreadable'],
  ['agencies', '登记机构', ''],
];

export async function render(container) {
  container.appendChild(h('h1', null, '总览'));
  const body = h('div');
  container.appendChild(body);
  const draw = async () => {
    const data = await api('/api/operator/overview');
    clear(body).appendChild(content(data));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取总览'));
  }
  return { refresh: draw, every: 3000 };
}

function content(data) {
  const frag = document.createDocumentFragment();
  if (!data.kafka.available) {
    frag.appendChild(h('div', { class: 'alert alert-error' }, 'Kafka 暂不可用，各环节的消息数与积压无法读取：' + (data.kafka.error || '')));
  }
  frag.appendChild(h('div', { class: 'totals' }, TOTALS.map(([key, label, tone]) =>
    h('a', { class: 'total ' + (tone ? 'tone-' + tone : ''), href: link(key), dataset: { total: key } },
      h('div', { class: 'total-value' }, num(data.totals[key])),
      h('div', { class: 'total-label' }, label)))));

  frag.appendChild(h('h2', null, '流水线各环节', h('span', { class: 'hint' },
    '  消息数来自 Kafka 主题偏移量；积压为消费者组滞后；速率为最近 ' + data.rateWindowMinutes + ' 分钟的平均值')));
  frag.appendChild(h('div', { class: 'stages' }, data.stages.map((s, i) => [
    i > 0 ? h('div', { class: 'stage-arrow', 'aria-hidden': 'true' }, '→') : null,
    stage(s, data.rateWindowMinutes)])));

  frag.appendChild(h('h2', null, '服务状态'));
  frag.appendChild(h('table', { class: 'grid services' },
    h('thead', null, h('tr', null, ['服务', '状态', '地址', '耗时', '说明'].map(t => h('th', null, t)))),
    h('tbody', null, data.services.map(s => h('tr', { dataset: { service: s.id, health: s.status } },
      h('td', null, h('strong', null, s.label), h('div', { class: 'muted' }, s.id)),
      h('td', null, h('span', { class: 'badge badge-health-' + s.status.toLowerCase() }, HEALTH[s.status] || s.status)),
      h('td', { class: 'mono' }, s.url || '（本服务）'),
      h('td', null, s.millis + ' ms'),
      h('td', { class: 'muted' }, s.detail || ''))))));
  frag.appendChild(h('p', { class: 'muted small' }, '更新于 ' + time(data.generatedAt)));
  return frag;
}

function stage(s, window) {
  const cls = 'stage' + (s.errors > 0 ? ' has-errors' : '') + (s.backlog > 0 ? ' has-backlog' : '');
  return h('div', { class: cls, dataset: { stage: s.id } },
    h('div', { class: 'stage-head' }, h('span', { class: 'stage-name' }, s.label), h('span', { class: 'muted small' }, s.service)),
    h('dl', { class: 'stage-figures' },
      figure('输入', s.in, 'in'),
      figure('输出', s.out, 'out'),
      figure('积压', s.backlog, 'backlog', s.backlog > 0 ? 'warn' : ''),
      figure('死信', s.errors, 'errors', s.errors > 0 ? 'bad' : ''),
      figure('速率', s.ratePerMinute === null || s.ratePerMinute === undefined ? '—' : s.ratePerMinute + ' 件/分', 'rate')),
    s.perMinute ? spark(s.perMinute, window) : h('div', { class: 'spark-none muted small' }, '（写入数据库，无速率）'),
    h('details', { class: 'stage-topics' }, h('summary', null, '主题与消费者组'),
      s.inputs.length === 0 ? h('div', { class: 'small' }, '输入：HTTP 上传') : null,
      s.inputs.map(i => h('div', { class: 'small topic-line' },
        h('code', null, i.topic), ' · ', i.group, '：已消费 ', num(i.consumed), ' / ', num(i.records),
        '，滞后 ', num(i.lag), i.deadLetters ? h('span', { class: 'bad' }, '，死信 ' + i.deadLetters) : null)),
      s.output ? h('div', { class: 'small' }, '输出：', h('code', null, s.output)) : null));
}

function figure(label, value, key, tone) {
  return h('div', { class: 'figure ' + (tone || ''), dataset: { figure: key } },
    h('dt', null, label), h('dd', null, typeof value === 'string' ? value : num(value)));
}

function spark(series, window) {
  const max = Math.max(1, ...series);
  const w = 4 * series.length;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} 20`);
  svg.setAttribute('class', 'spark');
  svg.setAttribute('preserveAspectRatio', 'none');
  series.forEach((n, i) => {
    const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const height = n === 0 ? 0.5 : Math.max(1.5, (n / max) * 20);
    r.setAttribute('x', String(i * 4 + 0.5));
    r.setAttribute('y', String(20 - height));
    r.setAttribute('width', '3');
    r.setAttribute('height', String(height));
    svg.appendChild(r);
  });
  return h('div', { class: 'spark-wrap', title: '最近 ' + window + ' 分钟每分钟件数：' + series.join(', ') }, svg);
}

function link(key) {
  if (['RECEIVED', 'PARSED', 'PASSED', 'FAILED'].includes(key)) {
    return '#/submissions?status=' + key;
  }
  if (key === 'unreadable') {
    return '#/submissions?status=UNREADABLE';
  }
  return key === 'agencies' ? '#/agencies' : '#/submissions';
}

