// The console's router: one view per hash (#/overview, #/submissions?…, #/submission/<id>, …). A view's
// render(container, ctx) draws it and may return {refresh, every} to be redrawn periodically while shown.
import { api, basicToken, hasToken, setToken } from './api.js';
import { clear, errorBox, h, parseHash } from './dom.js';
import * as overview from './views/overview.js';
import * as batches from './views/batches.js';
import * as submissions from './views/submissions.js';
import * as submission from './views/submission.js';
import * as agencies from './views/agencies.js';
import * as deadLetters from './views/dead-letters.js';
import * as revalidate from './views/revalidate.js';

const VIEWS = {
  overview: { module: overview, nav: 'overview' },
  batches: { module: batches, nav: 'batches' },
  batch: { module: batches, nav: 'batches' },
  submissions: { module: submissions, nav: 'submissions' },
  submission: { module: submission, nav: 'submissions' },
  agencies: { module: agencies, nav: 'agencies' },
  'dead-letters': { module: deadLetters, nav: 'dead-letters' },
  revalidate: { module: revalidate, nav: 'revalidate' },
};

const main = document.getElementById('main');
const refreshState = document.getElementById('refresh-state');
let timer = null;
let generation = 0;

/** The login screen: the operator's user name and password, checked against the API before they are kept. */
function showLogin(message) {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  ++generation;
  clear(main);
  refreshState.textContent = '';
  main.dataset.view = 'login';
  const user = h('input', { id: 'login-user', name: 'user', value: 'operator', autocomplete: 'username' });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password',
    autocomplete: 'current-password' });
  const status = h('p', { class: 'login-status', id: 'login-status' }, message || '');
  const form = h('form', { class: 'login', id: 'login-form' },
    h('h2', {}, '登录'),
    h('p', { class: 'hint' }, '控制台需要运维账号（operator）。本地运行时，密码由 ./nianbao up 打印。'),
    h('label', {}, '用户名', user),
    h('label', {}, '密码', password),
    h('button', { type: 'submit', id: 'login-submit' }, '登录'),
    status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    setToken(basicToken(user.value.trim(), password.value));
    status.textContent = '正在验证…';
    try {
      await api('/api/operator/overview', { relogin: false });
      show();
    } catch (e) {
      setToken(null);
      status.textContent = e.status === 401 ? '用户名或密码错误' : (e.status === 403 ? '该账号无运维权限' : '登录失败：' + e.message);
    }
  });
  main.appendChild(h('section', { class: 'view', dataset: { view: 'login' } }, form));
  main.dataset.ready = 'true';
  password.focus();
}

async function show() {
  if (!hasToken()) {
    showLogin();
    return;
  }
  const route = parseHash(location.hash);
  const entry = VIEWS[route.view] || VIEWS.overview;
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.view === entry.nav));
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  const mine = ++generation;
  clear(main);
  const container = h('section', { class: 'view', dataset: { view: route.view } });
  main.appendChild(container);
  main.dataset.view = route.view;
  main.dataset.ready = 'false';
  let handle;
  try {
    handle = await entry.module.render(container, { ...route, isCurrent: () => mine === generation });
  } catch (e) {
    container.appendChild(errorBox(e, '加载失败'));
  }
  if (mine !== generation) {
    return;
  }
  main.dataset.ready = 'true';
  if (handle && handle.refresh) {
    schedule(handle, mine);
  } else {
    refreshState.textContent = '';
  }
}

function schedule(handle, mine) {
  const every = handle.every || 3000;
  refreshState.textContent = '每 ' + Math.round(every / 1000) + ' 秒自动刷新';
  timer = setTimeout(async () => {
    if (mine !== generation) {
      return;
    }
    try {
      await handle.refresh();
      refreshState.textContent = '每 ' + Math.round(every / 1000) + ' 秒自动刷新 · 已更新 '
        + new Date().toLocaleTimeString('zh-CN', { hour12: false });
      refreshState.classList.remove('stale');
    } catch (e) {
      refreshState.textContent = '刷新失败：' + e.message;
      refreshState.classList.add('stale');
    }
    if (mine === generation && handle.keepGoing !== false) {
      schedule(handle, mine);
    }
  }, every);
}

window.addEventListener('hashchange', show);
window.addEventListener('nianbao:login-required', () => showLogin('登录已失效，请重新登录'));
document.getElementById('logout').addEventListener('click', event => {
  event.preventDefault();
  setToken(null);
  showLogin('已退出');
});
if (!location.hash) {
  history.replaceState(null, '', '#/overview');
}
show();
