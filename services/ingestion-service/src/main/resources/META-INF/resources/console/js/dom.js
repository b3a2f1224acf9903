// Small DOM helpers: h() builds elements (text is always inserted as text, never as HTML).

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (key === 'class') {
        el.className = value;
      } else if (key === 'dataset') {
        Object.entries(value).forEach(([k, v]) => { if (v !== undefined && v !== null) el.dataset[k] = v; });
      } else if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.substring(2), value);
      } else if (value === true) {
        el.setAttribute(key, '');
      } else {
        el.setAttribute(key, value);
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

export function clear(el) {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
  return el;
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** An ISO instant in China Standard Time, e.g. 2025/01/20 10:13:09. */
export function time(iso) {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  return isNaN(d.getTime()) ? String(iso) : TIME.format(d);
}

export function num(n) {
  return n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN');
}

/** A message box for an error (ApiError or any Error). */
export function errorBox(error, prefix) {
  const code = error && error.code ? ' [' + error.code + ']' : '';
  return h('div', { class: 'alert alert-error', role: 'alert' }, (prefix ? prefix + '：' : '') + (error.message || error) + code);
}

export function empty(text) {
  return h('div', { class: 'empty' }, text);
}

/** Reads "#/view/arg?x=1&y=2" into {view, arg, params}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [pathPart, query = ''] = raw.split('?');
  const [view, ...rest] = pathPart.split('/');
  return { view: view || 'overview', arg: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query) };
}
