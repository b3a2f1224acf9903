// Every call of the console goes through api(): it adds the Authorization header when a token is kept in
// sessionStorage (key "nianbao.token"), so a login box can be added later without touching the views.

export const TOKEN_KEY = 'nianbao.token';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || ('HTTP ' + status));
    this.status = status;
    this.code = code;
  }
}

export function setToken(token) {
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/**
 * fetch() with the token, JSON in and out. `body` may be an object (sent as JSON), a FormData, or a string.
 * Resolves to the parsed JSON (or null for an empty answer); rejects with ApiError {status, code, message}.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    init.headers.Authorization = token.startsWith('Bearer ') ? token : 'Bearer ' + token;
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
  if (!response.ok) {
    const code = data && data.error ? data.error : 'http-' + response.status;
    const message = data && data.message ? data.message : (typeof data === 'string' ? data : '');
    throw new ApiError(response.status, code, message || ('HTTP ' + response.status));
  }
  return data;
}
