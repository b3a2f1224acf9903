// 机构: registered agencies and their standing (not submitted yet, failing, pending, passing); register one.
import { api } from '../api.js';
import { clear, empty, errorBox, h, time } from '../dom.js';
import { AGENCY_STATE, statusBadge } from '../labels.js';

const STATES = ['NOT_SUBMITTED', 'FAILING', 'PENDING', 'PASSING'];

export async function render(container, { params }) {
  const state = params.get('state') || '';
  container.appendChild(h('h1', null, '机构'));
  const tabs = h('div', { class: 'tabs', id: 'agency-tabs' });
  container.appendChild(tabs);
  container.appendChild(registerPanel());
  const body = h('div', { id: 'agency-list' });
  container.appendChild(body);
  const draw = async () => {
    const all = await api('/api/operator/agencies');
    const counts = Object.fromEntries(STATES.map(s => [s, all.filter(a => a.state === s).length]));
    clear(tabs).appendChild(h('nav', null,
      h('a', { href: '#/agencies', class: state ? '' : 'active' }, '全部（' + all.length + '）'),
      STATES.map(s => h('a', { href: '#/agencies?state=' + s, class: (state === s ? 'active ' : '') + 'tab-' + s.toLowerCase(),
        dataset: { state: s, count: String(counts[s]) } }, AGENCY_STATE[s] + '（' + counts[s] + '）'))));
    const list = state ? all.filter(a => a.state === state) : all;
    clear(body).appendChild(list.length ? table(list) : empty(state ? '没有' + AGENCY_STATE[state] + '的机构' : '尚未登记机构'));
  };
  try {
    await draw();
  } catch (e) {
    body.appendChild(errorBox(e, '无法读取机构'));
  }
  return { refresh: draw, every: 5000 };
}

function table(list) {
  return h('table', { class: 'grid agencies' },
    h('thead', null, h('tr', null, ['机构', '编号', '情况', '报送次数', '最新报送', '最新报送时间'].map(t => h('th', null, t)))),
    h('tbody', null, list.map(a => h('tr', { dataset: { agencyId: a.id, state: a.state } },
      h('td', null, a.name, a.email ? h('div', { class: 'muted small' }, a.email) : null),
      h('td', { class: 'mono small' }, a.id),
      h('td', null, statusBadge(a.state)),
      h('td', null, String(a.submissions)),
      h('td', null, a.latest ? [h('a', { href: '#/submission/' + encodeURIComponent(a.latest.id) }, a.latest.fileName), ' ', statusBadge(a.latest.status)]
        : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'nowrap' }, a.latest ? time(a.latest.receivedAt) : '—')))));
}

function registerPanel() {
  const result = h('div');
  const form = h('form', { class: 'upload', id: 'agency-form' },
    h('label', null, '机构编号', h('input', { name: 'id', required: true, pattern: '[A-Za-z0-9._-]{1,64}', placeholder: '如 qinghe-zrzy' })),
    h('label', null, '机构名称', h('input', { name: 'name', required: true, placeholder: '如 清河县自然资源局' })),
    h('label', null, '电子邮箱', h('input', { name: 'email', type: 'email', placeholder: '可选' })),
    h('button', { type: 'submit', class: 'btn btn-primary' }, '登记'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(result);
    const f = form.elements;
    try {
      const a = await api('/api/agencies/' + encodeURIComponent(f.id.value.trim()), { method: 'PUT',
        body: { name: f.name.value.trim(), email: f.email.value.trim() || null } });
      result.appendChild(h('div', { class: 'alert alert-ok' }, '已登记：' + a.name + '（' + a.id + '）'));
      form.reset();
    } catch (err) {
      result.appendChild(errorBox(err, '登记失败'));
    }
  });
  return h('details', { class: 'panel' }, h('summary', null, '登记机构'), form, result);
}
