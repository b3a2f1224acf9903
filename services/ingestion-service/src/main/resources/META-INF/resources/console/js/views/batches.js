// 批次: batch intakes (GET /api/batches, built separately); "暂无批次" when there are none or the endpoint is
// not there (404).
import { api } from '../api.js';
import { clear, empty, errorBox, h, num, time } from '../dom.js';
import { ruleChip, statusBadge } from '../labels.js';

export async function render(container, { view, arg }) {
  if (view === 'batch' && arg) {
    return renderOne(container, arg);
  }
  container.appendChild(h('h1', null, '批次'));
  const body = h('div', { id: 'batch-list' });
  container.appendChild(body);
  const draw = async () => {
    let list;
    try {
      list = await api('/api/batches');
    } catch (e) {
      if (e.status === 404) {
        list = [];
      } else {
        throw e;
      }
    }
    clear(body).appendChild(Array.isArray(list) && list.length ? table(list) : empty('暂无批次'));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取批次'));
  }
  return { refresh: draw, every: 5000 };
}

function done(c) {
  return (c.rejected || 0) + (c.passed || 0) + (c.failed || 0);
}

function progress(c) {
  const total = c.entries || 0;
  const finished = done(c);
  const pct = total ? Math.min(100, Math.round(finished * 100 / total)) : 0;
  return h('div', { class: 'progress', title: finished + ' / ' + total },
    h('div', { class: 'progress-bar', style: 'width:' + pct + '%' }),
    h('span', { class: 'progress-text' }, finished + ' / ' + total + '（' + pct + '%）'));
}

function counts(c) {
  const parts = [['受理', c.accepted], ['拒收', c.rejected], ['待解析', c.received], ['待审查', c.parsed],
    ['通过', c.passed], ['未通过', c.failed], ['无法读取', c.unreadable]];
  return h('span', { class: 'small' }, parts.map(([l, n]) => h('span', { class: 'count' }, l + ' ' + num(n || 0))));
}

function table(list) {
  return h('table', { class: 'grid batches' },
    h('thead', null, h('tr', null, ['批次文件', '接收时间', '状态', '进度', '明细'].map(t => h('th', null, t)))),
    h('tbody', null, list.map(b => h('tr', { class: 'clickable', dataset: { batchId: b.id, status: b.status },
      onclick: () => { location.hash = '#/batch/' + encodeURIComponent(b.id); } },
      h('td', null, h('a', { href: '#/batch/' + encodeURIComponent(b.id) }, b.fileName || b.id)),
      h('td', { class: 'nowrap' }, time(b.receivedAt)),
      h('td', null, statusBadge(b.status)),
      h('td', null, progress(b.counts || {})),
      h('td', null, counts(b.counts || {}))))));
}

async function renderOne(container, id) {
  container.appendChild(h('p', null, h('a', { href: '#/batches' }, '← 返回批次列表')));
  const body = h('div');
  container.appendChild(body);
  const draw = async () => {
    const b = await api('/api/batches/' + encodeURIComponent(id));
    clear(body).appendChild(h('div', null,
      h('h1', null, b.fileName || b.id, ' ', statusBadge(b.status)),
      h('p', { class: 'muted' }, '接收于 ' + time(b.receivedAt)),
      progress(b.counts || {}), h('p', null, counts(b.counts || {})),
      h('table', { class: 'grid batch-files' },
        h('thead', null, h('tr', null, ['文件', '机构', '状态', '原因', '错误规则'].map(t => h('th', null, t)))),
        h('tbody', null, (b.files || []).map(f => h('tr', { dataset: { file: f.name, status: f.status } },
          h('td', null, f.submissionId ? h('a', { href: '#/submission/' + encodeURIComponent(f.submissionId) }, f.name) : f.name),
          h('td', { class: 'mono small' }, f.agencyId || '—'),
          h('td', null, statusBadge(f.status)),
          h('td', { class: 'small' }, f.reason || ''),
          h('td', null, (f.errorRules || []).map(r => ruleChip(r, 'error')))))))));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(e.status === 404 ? empty('没有这个批次') : errorBox(e, '无法读取批次'));
    return null;
  }
  return { refresh: draw, every: 5000 };
}
