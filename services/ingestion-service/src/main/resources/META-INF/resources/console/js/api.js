// Every call of the console goes through api(): it adds the operator's login (HTTP Basic, kept for this tab in
// sessionStorage under "nianbao.token" by the login screen) and marks the call as one the page makes itself, so
// a 401 reaches the console's own login screen instead of the browser's password dialog.

export const TOKEN_KEY = 'nianbao.token';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || ('HTTP ' + status));
    this.status = status;
    this.code = code;
  }
}

/** The Authorization value for a user name and password (UTF-8, as the server decodes it). */
export function basicToken(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

export function hasToken() {
  return !!sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token) {
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/**
 * fetch() with the login, JSON in and out; a 401 sends the console back to its login screen unless `relogin` is
 * false (the login screen's own check). `body` may be an object (sent as JSON), a FormData, or a string.
 * Resolves to the parsed JSON (or null for an empty answer); rejects with ApiError {status, code, message}.
 */
export async function api(path, { method = 'GET', body, headers = {}, relogin = true } = {}) {
  const init = { method, headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers } };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    init.headers.Authorization = token;
  }
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined && body !== null) {
    init.headers['Content-Type'] = 'application/json; charset=UTF-8';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network', '无法连接服务器：' + e.message);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = text;
    }
  }
  if (response.status === 401 && relogin) {
    // a login that stopped working (rotated password): back to the login screen
    setToken(null);
    window.dispatchEvent(new CustomEvent('nianbao:login-required'));
  }
  if (!response.ok) {
    const code = data && data.error ? data.error : 'http-' + response.status;
    const message = data && data.message ? data.message : (typeof data === 'string' ? data : '');
    throw new ApiError(response.status, code, message || ('HTTP ' + response.status));
  }
  return data;
}
