// R44 idle warning and R45 lock screen, as progressive enhancement (the server enforces both;
// without JavaScript the session still ends at the idle timeout and "Lock screen" is a form).
//
// The layout's <body data-idle-timeout="SECONDS"> is present only when someone is signed in.
// We poll GET /account/session-status, which never extends the session, so polling cannot keep
// an unattended screen signed in. A minute before the idle timeout (or half the timeout when it
// is shorter than two minutes) a warning appears with "Stay signed in"; at the timeout the page
// goes to /login?timed_out=1.

const POLL_MAX_MS = 30000;

function csrfToken() {
  const input = document.querySelector('form[data-app-logout] input[name="csrf_token"]');
  return input ? input.value : '';
}

function warningLead(idleSeconds) {
  return Math.min(60, Math.floor(idleSeconds / 2));
}

function buildWarning() {
  const box = document.createElement('div');
  box.className = 'app-idle-warning';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'false');
  box.setAttribute('aria-labelledby', 'app-idle-warning-title');
  box.setAttribute('aria-describedby', 'app-idle-warning-text');
  box.hidden = true;
  box.innerHTML =
    '<h2 class="govuk-heading-m" id="app-idle-warning-title">You are about to be signed out</h2>' +
    '<p class="govuk-body" id="app-idle-warning-text" aria-live="polite"></p>' +
    '<div class="govuk-button-group">' +
    '<button type="button" class="govuk-button" data-app-stay>Stay signed in</button>' +
    '<button type="button" class="govuk-button govuk-button--secondary" data-app-signout>Sign out now</button>' +
    '</div>';
  document.body.appendChild(box);
  return box;
}

function signedOut() {
  const next = encodeURIComponent(window.location.pathname + window.location.search);
  window.location.assign(`/login?timed_out=1&next=${next}`);
}

export function initSessionTimeout() {
  const idle = Number(document.body.dataset.idleTimeout || 0);
  if (!idle) return;
  const lead = warningLead(idle);
  const box = buildWarning();
  const text = box.querySelector('#app-idle-warning-text');
  let deadline = Date.now() + idle * 1000;  // local estimate until the first poll answers
  let timer = null;

  async function poll() {
    try {
      const res = await fetch('/account/session-status', { credentials: 'same-origin', cache: 'no-store' });
      if (res.status === 401) return signedOut();
      if (res.ok) {
        const status = await res.json();
        if (status.locked && window.location.pathname !== '/account/locked') {
          return window.location.assign('/account/locked');
        }
        deadline = Date.now() + Math.min(status.idle_seconds_left, status.absolute_seconds_left) * 1000;
      }
    } catch {
      // Offline for a moment: keep the local estimate.
    }
    schedule();
  }

  function render() {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    if (left <= 0) return poll();
    if (left <= lead) {
      if (box.hidden) {
        box.hidden = false;
        box.querySelector('[data-app-stay]').focus();
      }
      text.textContent = `For your security, you will be signed out in ${left} second${left === 1 ? '' : 's'} because you have not used the page.`;
    } else {
      box.hidden = true;
    }
    return schedule();
  }

  function schedule() {
    clearTimeout(timer);
    const left = deadline - Date.now();
    // Tick every second while warning; otherwise wake at the warning or the next poll.
    let wait = left <= lead * 1000 ? 1000 : Math.min(left - lead * 1000, POLL_MAX_MS);
    if (left <= 0) wait = 250;
    timer = setTimeout(left > lead * 1000 && wait === POLL_MAX_MS ? poll : render, Math.max(wait, 0));
  }

  box.querySelector('[data-app-stay]').addEventListener('click', async () => {
    const res = await fetch('/account/keep-alive', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrfToken() },
    });
    if (res.status === 401) return signedOut();
    box.hidden = true;
    return poll();
  });
  box.querySelector('[data-app-signout]').addEventListener('click', () => {
    const form = document.querySelector('form[data-app-logout]');
    if (form) form.submit();
  });
  poll();
}

// R45: blank the screen the moment "Lock screen" is pressed, before the server answers.
export function initLockScreen() {
  for (const form of document.querySelectorAll('form[data-app-lock-screen]')) {
    form.addEventListener('submit', () => {
      document.documentElement.classList.add('app-screen-locked');
    });
  }
}
