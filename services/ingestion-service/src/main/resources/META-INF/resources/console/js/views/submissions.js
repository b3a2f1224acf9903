// 报送: submissions searched by agency, status and rule; a form to submit report files for a registered agency.
import { api } from '../api.js';
import { clear, empty, errorBox, h, time } from '../dom.js';
import { RULES, STATUS, ruleChip, statusBadge } from '../labels.js';

const STATUSES = ['RECEIVED', 'PARSED', 'PASSED', 'FAILED', 'UNREADABLE'];

export async function render(container, { params }) {
  const agency = params.get('agency') || '';
  const status = params.get('status') || '';
  const rule = params.get('rule') || '';
  container.appendChild(h('h1', null, '报送'));

  const ruleSelect = h('select', { name: 'rule', id: 'filter-rule' }, h('option', { value: '' }, '全部规则'));
  Object.keys(RULES).forEach(id => ruleSelect.appendChild(h('option', { value: id, selected: id === rule }, id + ' ' + RULES[id])));
  if (rule && !RULES[rule]) {
    ruleSelect.appendChild(h('option', { value: rule, selected: true }, rule));
  }
  const form = h('form', { class: 'filters', id: 'submission-filters' },
    h('label', null, '机构', h('input', { name: 'agency', id: 'filter-agency', value: agency, placeholder: '机构编号、名称或文件名' })),
    h('label', null, '状态', h('select', { name: 'status', id: 'filter-status' }, h('option', { value: '' }, '全部状态'),
      STATUSES.map(s => h('option', { value: s, selected: s === status }, STATUS[s])))),
    h('label', null, '规则', ruleSelect),
    h('button', { type: 'submit', class: 'btn btn-primary' }, '查询'),
    h('a', { href: '#/submissions', class: 'btn' }, '清除'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = new URLSearchParams();
    ['agency', 'status', 'rule'].forEach(k => { const v = form.elements[k].value.trim(); if (v) q.set(k, v); });
    location.hash = '#/submissions' + (q.toString() ? '?' + q : '');
  });
  container.appendChild(form);
  container.appendChild(uploadPanel());

  const summary = h('p', { class: 'muted', id: 'submission-count' });
  const body = h('div', { id: 'submission-list' });
  container.appendChild(summary);
  container.appendChild(body);

  const q = new URLSearchParams();
  if (agency) q.set('agency', agency);
  if (status) q.set('status', status);
  if (rule) q.set('rule', rule);
  q.set('limit', '500');
  const draw = async () => {
    const list = await api('/api/operator/submissions?' + q);
    summary.textContent = '共 ' + list.length + ' 件' + (list.length >= 500 ? '（仅显示最新 500 件）' : '')
      + '，未完成审查 ' + list.filter(s => s.status === 'RECEIVED' || s.status === 'PARSED').length + ' 件';
    clear(body).appendChild(list.length ? table(list) : empty('没有符合条件的报送'));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取报送'));
  }
  return { refresh: draw, every: 3000 };
}

function table(list) {
  return h('table', { class: 'grid submissions' },
    h('thead', null, h('tr', null, ['文件名', '机构', '报告所属机关', '年度', '状态', '错误规则', '警告', '接收时间'].map(t => h('th', null, t)))),
    h('tbody', null, list.map(row)));
}

function row(s) {
  const errors = [...new Set(s.findings.filter(f => f.severity === 'error').map(f => f.rule))];
  const warnings = [...new Set(s.findings.filter(f => f.severity !== 'error').map(f => f.rule))];
  const unreadable = s.history.some(e => e.status === 'UNREADABLE');
  const open = () => { location.hash = '#/submission/' + encodeURIComponent(s.id); };
  return h('tr', { class: 'clickable', onclick: open, dataset: { submissionId: s.id, file: s.fileName, status: s.status, errorRules: errors.join(',') } },
    h('td', null, h('a', { href: '#/submission/' + encodeURIComponent(s.id), class: 'file' }, s.fileName)),
    h('td', null, s.agencyName || s.agencyId, h('div', { class: 'muted small mono' }, s.agencyId)),
    h('td', null, s.agency || '—'),
    h('td', null, s.year || '—'),
    h('td', { class: 'status-cell' }, statusBadge(s.status), unreadable ? h('span', { class: 'chip chip-muted' }, '无法读取') : null),
    h('td', null, errors.map(r => ruleChip(r, 'error'))),
    h('td', null, warnings.map(r => ruleChip(r, 'warning'))),
    h('td', { class: 'nowrap' }, time(s.receivedAt)));
}

/** Submit one or more files for a registered agency (POST /api/submissions, one request per file). */
function uploadPanel() {
  const agencySelect = h('select', { name: 'agencyId', id: 'upload-agency', required: true }, h('option', { value: '' }, '选择登记机构…'));
  const files = h('input', { type: 'file', name: 'file', id: 'upload-files', multiple: true, required: true });
  const result = h('div', { class: 'upload-result', id: 'upload-result' });
  const form = h('form', { class: 'upload', id: 'upload-form' },
    h('label', null, '报送机构', agencySelect),
    h('label', null, '报告文件', files),
    h('button', { type: 'submit', class: 'btn btn-primary' }, '提交'),
    h('a', { href: '#/agencies', class: 'small' }, '登记新机构'));
  api('/api/operator/agencies').then(list => list.forEach(a =>
    agencySelect.appendChild(h('option', { value: a.id }, a.name + '（' + a.id + '）')))).catch(() => {});
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(result);
    for (const file of files.files) {
      const data = new FormData();
      data.append('agencyId', agencySelect.value);
      data.append('file', file, file.name);
      try {
        const s = await api('/api/submissions', { method: 'POST', body: data });
        result.appendChild(h('div', { class: 'alert alert-ok' }, file.name + '：已受理，编号 ', h('a', { href: '#/submission/' + s.id }, s.id)));
      } catch (err) {
        result.appendChild(errorBox(err, file.name));
      }
    }
  });
  return h('details', { class: 'panel' }, h('summary', null, '提交报告文件'), form, result);
}
