// A signed-in web session for integration tests that post the server's HTML forms with fetch
// (no browser): cookies kept by hand, CSRF tokens read from the pages.

function cookiesOf(res) {
  const out = {};
  for (const line of res.headers.getSetCookie?.() ?? []) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

export function csrfOf(html) {
  const m = html.match(/name="csrf_token" value="([^"]+)"/);
  if (!m) throw new Error('no csrf_token on the page');
  return m[1];
}

/**
 * Signs in through /login and returns {get(path), post(path, fields)} answering {status, html, location},
 * and cookie(): the session's Cookie header (for tools such as wrk).
 */
export async function webSession(baseUrl, username, password) {
  const jar = {};
  const cookieHeader = () => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
  const request = async (method, path, fields) => {
    const body = fields ? new URLSearchParams(fields) : undefined;
    const res = await fetch(baseUrl + path, {
      method,
      redirect: 'manual',
      headers: { cookie: cookieHeader(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    Object.assign(jar, cookiesOf(res));
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  };
  const loginPage = await request('GET', '/login');
  const signedIn = await request('POST', '/login', [['username', username], ['password', password], ['csrf_token', csrfOf(loginPage.html)], ['next', '/children']]);
  if (signedIn.status !== 303 && signedIn.status !== 302) throw new Error(`sign-in failed: HTTP ${signedIn.status}`);
  return { get: (path) => request('GET', path), post: (path, fields) => request('POST', path, fields), cookie: cookieHeader };
}
