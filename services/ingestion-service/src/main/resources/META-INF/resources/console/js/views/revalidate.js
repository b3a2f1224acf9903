// 复核: re-validate stored reports with the current rule catalogue (one submission, an agency, or every report)
// through validation-service's replay endpoint, and follow the run until it is done.
import { api } from '../api.js';
import { clear, errorBox, h, time } from '../dom.js';
import { statusBadge } from '../labels.js';

const RUNS_KEY = 'nianbao.revalidations';

export async function render(container, { params }) {
  container.appendChild(h('h1', null, '复核'));
  container.appendChild(h('p', { class: 'muted' }, '按当前审查规则重新审查已存储的报告。新结果与旧结果并存，报送显示最新结论；结论变化时通知服务决定是否发出通知。'));
  const catalogue = h('p', { class: 'small muted', id: 'catalogue-version' });
  container.appendChild(catalogue);
  api('/api/operator/catalogue').then(c => { catalogue.textContent = '当前规则版本：' + c.version + '，共 ' + c.rules.length + ' 条规则'; })
    .catch(e => { catalogue.textContent = '无法读取规则目录：' + e.message; });

  const initial = params.get('agency') ? 'agency' : 'submission';
  const scope = (value, label, input) => h('label', { class: 'scope' },
    h('input', { type: 'radio', name: 'scope', value, checked: value === initial }), label, input);
  const form = h('form', { class: 'upload revalidate', id: 'revalidate-form' },
    scope('submission', '指定报送', h('input', { name: 'submissionIds', placeholder: '报送编号，多个用逗号或空格分隔', value: params.get('submission') || '' })),
    scope('agency', '指定机构', h('input', { name: 'agencyId', placeholder: '机构编号', value: params.get('agency') || '' })),
    scope('all', '全部已存储报告', null),
    h('button', { type: 'submit', class: 'btn btn-primary' }, '开始复核'));
  const result = h('div', { id: 'revalidate-message' });
  const runs = h('div', { id: 'revalidate-runs' });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(result);
    const f = form.elements;
    const which = f.scope.value;
    let body = '';
    if (which === 'submission') {
      const ids = f.submissionIds.value.split(/[\s,，]+/).filter(Boolean);
      if (!ids.length) {
        result.appendChild(errorBox(new Error('请填写报送编号')));
        return;
      }
      body = { submissionIds: ids };
    } else if (which === 'agency') {
      if (!f.agencyId.value.trim()) {
        result.appendChild(errorBox(new Error('请填写机构编号')));
        return;
      }
      body = { agencyId: f.agencyId.value.trim() };
    } else if (!confirm('确定按当前规则重新审查全部已存储的报告？')) {
      return;
    }
    try {
      const run = await api('/api/operator/revalidations', { method: 'POST', body: body || undefined });
      remember(run.runId);
      result.appendChild(h('div', { class: 'alert alert-ok' }, '已开始复核 ' + run.runId + '：' + run.count + ' 份报告，规则版本 ' + run.catalogueVersion));
      await drawRuns();
    } catch (err) {
      result.appendChild(errorBox(err, '复核未开始'));
    }
  });
  container.appendChild(form);
  container.appendChild(result);
  container.appendChild(h('h2', null, '本次会话发起的复核'));
  container.appendChild(runs);

  const drawRuns = async () => {
    const ids = known();
    if (!ids.length) {
      clear(runs).appendChild(h('div', { class: 'empty' }, '尚未发起复核'));
      return;
    }
    const rows = await Promise.all(ids.map(id => api('/api/operator/revalidations/' + encodeURIComponent(id)).catch(e => ({ runId: id, error: e }))));
    clear(runs).appendChild(h('table', { class: 'grid runs' },
      h('thead', null, h('tr', null, ['复核编号', '状态', '范围', '报告数', '已审查', '失败', '规则版本', '开始', '结束'].map(t => h('th', null, t)))),
      h('tbody', null, rows.map(r => r.error ? h('tr', null, h('td', { class: 'mono small' }, r.runId), h('td', { colspan: 8 }, r.error.message))
        : h('tr', { dataset: { run: r.runId, status: r.status } },
          h('td', { class: 'mono small' }, r.runId),
          h('td', null, statusBadge(r.status)),
          h('td', { class: 'small' }, r.submissionIds ? r.submissionIds.join(', ') : r.agencyId ? '机构 ' + r.agencyId : '全部'),
          h('td', null, String(r.count)), h('td', null, String(r.validated)), h('td', null, String(r.failed)),
          h('td', null, r.catalogueVersion), h('td', { class: 'nowrap' }, time(r.startedAt)), h('td', { class: 'nowrap' }, time(r.finishedAt)))))));
  };
  await drawRuns();
  return { refresh: drawRuns, every: 2000 };
}

function known() {
  try {
    return JSON.parse(sessionStorage.getItem(RUNS_KEY) || '[]');
  } catch (e) {
    return [];
  }
}

function remember(runId) {
  const ids = [runId, ...known().filter(id => id !== runId)].slice(0, 20);
  sessionStorage.setItem(RUNS_KEY, JSON.stringify(ids));
}

