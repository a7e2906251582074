// Live language checking (R33-R35) for fields marked data-language-check-url: after a pause in
// typing, the text goes to the server's checker and the findings are drawn in #language-findings
// (an aria-live region), the same list the page shows on save without JavaScript.
const PAUSE_MS = 500;

// R33: gentle prompts about balance (what is going well; the child's own words), never errors.
function renderPrompts(target, prompts) {
  if (prompts.length === 0) return;
  const box = document.createElement('div');
  box.className = 'govuk-inset-text app-language-prompts';
  const heading = document.createElement('h2');
  heading.className = 'govuk-heading-s';
  heading.textContent = 'Something to think about';
  const list = document.createElement('ul');
  list.className = 'govuk-list';
  for (const p of prompts) {
    const item = document.createElement('li');
    item.textContent = p.text;
    list.append(item);
  }
  box.append(heading, list);
  target.append(box);
}

function render(target, findings, readingAge) {
  target.replaceChildren();
  if (findings.length === 0) return;
  const box = document.createElement('div');
  box.className = 'govuk-inset-text';
  const heading = document.createElement('h2');
  heading.className = 'govuk-heading-s';
  heading.textContent = 'Check the language';
  const age = document.createElement('p');
  age.className = 'govuk-body';
  age.textContent = `Reading age about ${readingAge}.`;
  const list = document.createElement('ul');
  list.className = 'govuk-list app-language-findings__list';
  for (const f of findings) {
    const item = document.createElement('li');
    item.className = 'app-language-finding';
    const tag = document.createElement('strong');
    tag.className = `govuk-tag ${f.serious ? 'govuk-tag--red' : 'govuk-tag--yellow'}`;
    tag.textContent = f.category_label;
    const words = document.createElement('span');
    words.className = 'app-language-finding__text';
    words.textContent = ` “${f.text}” `;
    const message = document.createElement('span');
    message.className = 'app-language-finding__message';
    message.textContent = f.message;
    item.append(tag, words, message);
    if (f.has_suggestions) {
      const suggestions = document.createElement('span');
      suggestions.className = 'app-language-finding__suggestions';
      suggestions.textContent = ` Try: ${f.suggestions}`;
      item.append(suggestions);
    }
    list.append(item);
  }
  box.append(heading, age, list);
  target.append(box);
}

// A visit form's "Did you see the child?" answered yes: the child's own words are looked for.
function childSeen(root) {
  const seen = root.querySelector ? root.querySelector('input[name="visit.child_seen"]:checked') : null;
  return seen !== null && ['yes', 'true', '1'].includes(seen.value);
}

export function initLanguageCheck(root = document) {
  const target = root.getElementById ? root.getElementById('language-findings') : null;
  for (const field of root.querySelectorAll('[data-language-check-url]')) {
    let timer = null;
    let sent = 0;
    const title = root.getElementById('title');
    const check = async () => {
      const mine = ++sent;
      const text = `${title ? `${title.value}.\n` : ''}${field.value}`;
      try {
        const res = await fetch(field.dataset.languageCheckUrl, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-csrf-token': field.dataset.csrfToken },
          body: JSON.stringify({
            text,
            preferred_words: JSON.parse(field.dataset.wordsWeUse || '[]'),
            child_seen: childSeen(root),
          }),
        });
        if (!res.ok || mine !== sent || !target) return;
        const report = await res.json();
        render(target, report.page_findings || [], report.reading_age);
        renderPrompts(target, report.page_prompts || []);
      } catch {
        // Offline or signed out: the check runs again on save.
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    };
    field.addEventListener('input', schedule);
    if (title) title.addEventListener('input', schedule);
  }
}
