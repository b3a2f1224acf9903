// 报送详情: a submission's verdict, Table 3 and Table 4 drawn as the form's grid with the cells named by the
// findings highlighted, the findings, the notices with their delivery state, and the history.
import { api } from '../api.js';
import { clear, errorBox, h, time } from '../dom.js';
import { CHANNEL, DELIVERY, NOTICE_KIND, RULES, SEVERITY, T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_KEYS, statusBadge } from '../labels.js';

const FINAL = ['PASSED', 'FAILED'];

export async function render(container, { arg }) {
  const id = arg;
  container.appendChild(h('p', null, h('a', { href: '#/submissions' }, '← 返回报送列表')));
  const body = h('div');
  container.appendChild(body);
  let last = null;
  const draw = async () => {
    const s = await api('/api/submissions/' + encodeURIComponent(id));
    const key = s.status + '|' + s.findings.length + '|' + JSON.stringify(s.notices) + '|' + s.history.length;
    if (key === last) {
      return;
    }
    last = key;
    let tables = null;
    try {
      tables = await api('/api/operator/submissions/' + encodeURIComponent(id) + '/report');
    } catch (e) {
      tables = { error: e };
    }
    clear(body).appendChild(detail(s, tables));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取报送 ' + id));
    return null;
  }
  return { refresh: draw, every: 3000 };
}

function detail(s, tables) {
  const frag = document.createDocumentFragment();
  const errors = s.findings.filter(f => f.severity === 'error');
  frag.appendChild(h('div', { class: 'detail-head', dataset: { submissionId: s.id, status: s.status } },
    h('h1', null, s.fileName, ' ', statusBadge(s.status)),
    h('dl', { class: 'facts' },
      fact('报送编号', h('code', null, s.id)),
      fact('报送机构', (s.agencyName || '') + '（' + s.agencyId + '）'),
      fact('报告所属机关', s.agency || '—'),
      fact('报告年度', s.year || '—'),
      fact('接收时间', time(s.receivedAt)),
      fact('审查规则版本', s.catalogueVersion || '—'),
      fact('文件大小', s.size.toLocaleString('zh-CN') + ' 字节')),
    FINAL.includes(s.status) ? h('p', { class: 'verdict verdict-' + s.status.toLowerCase() },
      s.status === 'PASSED' ? '审查通过' + (s.findings.length ? '（有 ' + s.findings.length + ' 条提示或警告）' : '')
        : '审查未通过：' + errors.length + ' 个错误') : h('p', { class: 'verdict' }, '审查中…'),
    FINAL.includes(s.status) && !s.history.some(e => e.status === 'UNREADABLE') ? revalidateButton(s.id) : null));

  const cellIndex = indexCells(s.findings);
  frag.appendChild(h('h2', null, '表三　收到和处理政府信息公开申请情况'));
  frag.appendChild(tables.error ? noTables(tables.error, s) : table3(tables.applications, cellIndex));
  frag.appendChild(h('h2', null, '表四　政府信息公开行政复议、行政诉讼情况'));
  frag.appendChild(tables.error ? noTables(tables.error, s) : table4(tables.reviewLitigation, cellIndex));

  frag.appendChild(h('h2', null, '审查发现（' + s.findings.length + '）'));
  frag.appendChild(findings(s.findings));

  frag.appendChild(h('h2', null, '通知与投递'));
  frag.appendChild(notices(s.notices));

  frag.appendChild(h('h2', null, '处理过程'));
  frag.appendChild(h('ol', { class: 'timeline' }, s.history.map(e => h('li', { dataset: { status: e.status } },
    statusBadge(e.status), ' ', h('span', { class: 'muted' }, time(e.at)), e.detail ? ' · ' + e.detail : ''))));
  return frag;
}

function fact(label, value) {
  return h('div', null, h('dt', null, label), h('dd', null, value));
}

function noTables(error, s) {
  const text = s.history.some(e => e.status === 'UNREADABLE') ? '文件无法读取，没有表格。'
    : error.status === 404 ? '尚无解析后的表格（尚未解析，或在控制台上线前已解析）。' : '无法读取表格：' + error.message;
  return h('div', { class: 'empty', dataset: { tables: 'none' } }, text);
}

/** path → {severity, primary, rules[], messages[], findings[]} for every cell a finding names. */
function indexCells(findings) {
  const index = new Map();
  findings.forEach((f, n) => (f.cells || []).forEach((path, i) => {
    const entry = index.get(path) || { severity: 'info', primary: false, rules: [], messages: [], findings: [] };
    if (rank(f.severity) > rank(entry.severity)) {
      entry.severity = f.severity;
    }
    entry.primary = entry.primary || i === 0;
    entry.rules.push(f.rule);
    entry.messages.push(f.rule + '：' + f.message);
    entry.findings.push(n);
    index.set(path, entry);
  }));
  return index;
}

function rank(severity) {
  return { error: 3, warning: 2, info: 1 }[severity] || 0;
}

function cell(path, value, index) {
  const hit = index.get(path);
  const blank = value === null || value === undefined;
  const cls = ['num', blank ? 'blank' : '', hit ? 'hl hl-' + hit.severity : '', hit && hit.primary ? 'hl-primary' : ''].filter(Boolean).join(' ');
  return h('td', { class: cls, title: hit ? hit.messages.join('\n') : path,
    dataset: { path, findings: hit ? hit.findings.join(',') : null, severity: hit ? hit.severity : null } },
    blank ? '—' : String(value));
}

function table3(applications, index) {
  if (!applications) {
    return h('div', { class: 'empty', dataset: { tables: 'none' } }, '报告中没有表三。');
  }
  const rows = applications.rows || {};
  const single2019 = Object.prototype.hasOwnProperty.call(rows, 'otherHandling');
  const body = [];
  for (const [key, label, indent] of T3_ROWS) {
    const heading = key === null || (key === 'otherHandling' && !single2019);
    if (key && key.startsWith('otherHandling.') && single2019 && !rows[key]) {
      continue;
    }
    if (heading) {
      body.push(h('tr', { class: 'form-heading' }, h('th', { class: 'row-label indent-' + indent, colspan: 8 }, label)));
      continue;
    }
    const cells = rows[key];
    const absent = !cells;
    body.push(h('tr', { class: absent ? 'row-absent' : '', dataset: { row: key } },
      h('th', { class: 'row-label indent-' + indent, scope: 'row' }, label, absent ? h('span', { class: 'muted small' }, '（缺）') : null),
      T3_COLUMNS.map(([col], c) => cell('applications.' + key + '.' + col, absent ? null : cells[c], index))));
  }
  return h('div', { class: 'form-wrap' }, h('table', { class: 'form-table t3', dataset: { table: 'applications' } },
    h('thead', null,
      h('tr', null, h('th', { rowspan: 3, class: 'corner' }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        h('th', { colspan: 7 }, '申请人情况')),
      h('tr', null, h('th', { rowspan: 2 }, '自然人'), h('th', { colspan: 5 }, '法人或其他组织'), h('th', { rowspan: 2 }, '总计')),
      h('tr', null, T3_COLUMNS.slice(1, 6).map(([, label]) => h('th', null, label)))),
    h('tbody', null, body)));
}

function table4(review, index) {
  if (!review) {
    return h('div', { class: 'empty', dataset: { tables: 'none' } }, '报告中没有表四。');
  }
  return h('div', { class: 'form-wrap' }, h('table', { class: 'form-table t4', dataset: { table: 'reviewLitigation' } },
    h('thead', null,
      h('tr', null, h('th', { colspan: 5, rowspan: 2 }, '行政复议'), h('th', { colspan: 10 }, '行政诉讼')),
      h('tr', null, h('th', { colspan: 5 }, '未经复议直接起诉'), h('th', { colspan: 5 }, '复议后起诉')),
      h('tr', null, T4_GROUPS.map(() => T4_KEYS.map(([, label]) => h('th', null, label))))),
    h('tbody', null, h('tr', null, T4_GROUPS.map(([group]) => T4_KEYS.map(([key]) =>
      cell('reviewLitigation.' + group + '.' + key, (review[group] || {})[key], index)))))));
}

function findings(list) {
  if (!list.length) {
    return h('div', { class: 'empty' }, '没有审查发现。');
  }
  return h('ul', { class: 'findings' }, list.map((f, n) => {
    const li = h('li', { class: 'finding finding-' + f.severity, dataset: { rule: f.rule, finding: String(n) } },
      h('div', { class: 'finding-head' },
        h('span', { class: 'chip chip-' + f.severity }, SEVERITY[f.severity] || f.severity),
        h('strong', null, f.rule), ' ', h('span', { class: 'muted' }, RULES[f.rule] || '')),
      h('div', { class: 'finding-message' }, f.message),
      f.expected !== null && f.expected !== undefined
        ? h('div', { class: 'small muted' }, '应为 ', h('code', null, show(f.expected)), '，实为 ', h('code', null, show(f.actual))) : null,
      f.cells && f.cells.length ? h('div', { class: 'small cells' }, '涉及：', f.cells.map(c => h('code', null, c))) : null);
    li.addEventListener('mouseenter', () => focus(n, true));
    li.addEventListener('mouseleave', () => focus(n, false));
    return li;
  }));
}

function focus(n, on) {
  document.querySelectorAll('td[data-findings]').forEach(td => {
    if (td.dataset.findings.split(',').includes(String(n))) {
      td.classList.toggle('focus', on);
    }
  });
}

function show(v) {
  return v === null || v === undefined ? '空' : String(v);
}

function notices(list) {
  if (!list.length) {
    return h('div', { class: 'empty' }, '暂无通知。');
  }
  return h('table', { class: 'grid notices' },
    h('thead', null, h('tr', null, ['通知', '渠道', '投递状态', '尝试次数', '最近错误', '时间'].map(t => h('th', null, t)))),
    h('tbody', null, list.map(n => h('tr', { dataset: { channel: n.channel, delivery: n.status } },
      h('td', null, NOTICE_KIND[n.kind] || n.kind, h('div', { class: 'muted small mono' }, n.noticeId)),
      h('td', null, CHANNEL[n.channel] || n.channel),
      h('td', null, h('span', { class: 'badge badge-delivery-' + n.status.toLowerCase() }, DELIVERY[n.status] || n.status)),
      h('td', null, String(n.attempts)),
      h('td', { class: 'small' }, n.lastError || '—'),
      h('td', { class: 'nowrap' }, time(n.at))))));
}

function revalidateButton(id) {
  const out = h('span', { class: 'small', id: 'revalidate-result' });
  const button = h('button', { class: 'btn', type: 'button', id: 'revalidate-one' }, '按当前规则重新审查');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const run = await api('/api/operator/revalidations', { method: 'POST', body: { submissionIds: [id] } });
      out.textContent = ' 已开始复核 ' + run.runId + '（' + run.count + ' 份，规则版本 ' + run.catalogueVersion + '）';
    } catch (e) {
      out.textContent = ' 复核未开始：' + e.message;
    }
    button.disabled = false;
  });
  return h('p', null, button, out);
}
