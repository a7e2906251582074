// Progressive enhancement only: every page works without this file.
// Loaded as <script type="module" src="/assets/app.js">, so it runs only in browsers that
// GOV.UK Frontend supports, and needs no inline script (CSP script-src 'self').
import { initAll as govukInitAll } from './govuk/govuk-frontend.min.js';
import { initAll as mojInitAll } from './moj/moj-frontend.min.js';
import { initLanguageCheck } from './language-check.js';
import { initReveals } from './reveal.js';
import { initLockScreen, initSessionTimeout } from './session.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
govukInitAll();
mojInitAll();
initLanguageCheck();
initReveals();
initSessionTimeout();
initLockScreen();
