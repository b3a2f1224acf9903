// 死信: the newest records of every dead-letter topic, with why they failed; 重放 publishes one again on the
// topic it came from (once).
import { api } from '../api.js';
import { clear, empty, errorBox, h, time } from '../dom.js';

export async function render(container, { params }) {
  const topic = params.get('topic') || '';
  container.appendChild(h('h1', null, '死信'));
  container.appendChild(h('p', { class: 'muted' }, '消费者无法处理的记录会进入 <主题>.<服务>.dlq。修复原因后可重放：记录的键和值原样发布回原主题，'
    + '各消费者按幂等规则处理；每条记录只能重放一次。'));
  const body = h('div', { id: 'dead-letter-list' });
  container.appendChild(body);
  const draw = async () => {
    const list = await api('/api/operator/dead-letters?limit=100' + (topic ? '&topic=' + encodeURIComponent(topic) : ''));
    clear(body).appendChild(list.length ? table(list) : empty('暂无死信记录'));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取死信'));
  }
  return { refresh: draw, every: 10000 };
}

function table(list) {
  return h('table', { class: 'grid dead-letters' },
    h('thead', null, h('tr', null, ['时间', '死信主题', '原主题', '键', '失败原因', '内容', '操作'].map(t => h('th', null, t)))),
    h('tbody', null, list.map(row)));
}

function row(d) {
  const result = h('div', { class: 'small replay-result', dataset: { replayResult: d.id } });
  const replayed = d.replay ? h('span', { class: 'badge badge-passed' }, '已重放') : null;
  const button = d.replay ? h('button', { class: 'btn', type: 'button', disabled: true, title: '已于 ' + time(d.replay.replayedAt) + ' 重放' }, '已重放')
    : h('button', { class: 'btn btn-primary', type: 'button', disabled: !d.origin, dataset: { replay: d.id } }, '重放');
  if (!d.replay && d.origin) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      clear(result);
      try {
        const r = await api('/api/operator/dead-letters/' + encodeURIComponent(d.topic) + '/' + d.partition + '/' + d.offset + '/replay', { method: 'POST' });
        result.appendChild(h('span', { class: 'ok' }, '已重放到 ' + r.replay.target + '（分区 ' + r.replay.targetPartition + '，偏移 ' + r.replay.targetOffset + '）'));
        button.textContent = '已重放';
      } catch (e) {
        result.appendChild(h('span', { class: e.status === 409 ? 'warn' : 'bad' }, e.status === 409 ? '该记录已重放过：' + e.message : '重放失败：' + e.message));
        button.disabled = e.status === 409;
      }
    });
  }
  const cause = d.headers['dead-letter-cause'];
  return h('tr', { dataset: { deadLetter: d.id, topic: d.topic, key: d.key || '', replayed: d.replay ? 'true' : 'false' } },
    h('td', { class: 'nowrap' }, time(d.timestamp)),
    h('td', null, h('code', null, d.topic), h('div', { class: 'muted small' }, '分区 ' + d.partition + ' · 偏移 ' + d.offset)),
    h('td', null, d.origin ? h('code', null, d.origin) : h('span', { class: 'muted' }, '未知')),
    h('td', { class: 'mono small' }, d.key || '—'),
    h('td', { class: 'small' }, d.reason || '—', cause && cause !== d.reason ? h('div', { class: 'muted' }, cause) : null),
    h('td', null, h('details', null, h('summary', null, preview(d.value)),
      h('pre', { class: 'value' }, d.value === null ? '（空）' : d.value + (d.truncated ? '\n…（已截断）' : '')),
      h('div', { class: 'small muted' }, Object.entries(d.headers).map(([k, v]) => h('div', null, h('code', null, k), '：', v)))) ),
    h('td', null, replayed ? null : null, button, d.replay ? h('div', { class: 'small muted' }, time(d.replay.replayedAt) + ' → ' + d.replay.target) : null, result));
}

function preview(value) {
  if (value === null || value === undefined) {
    return '（空）';
  }
  return value.length > 60 ? value.substring(0, 60) + '…' : value;
}
