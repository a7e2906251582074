// Conditional reveals for yes/no questions (radios with data-app-reveal="<id of the content>"):
// the content under an answer shows only while that answer is chosen. Without JavaScript all of
// it shows. Unlike GOV.UK Frontend's version this sets no aria-expanded on the radios (not an
// attribute radios may carry); the revealed field follows its radio in reading order.
const HIDDEN = 'govuk-radios__conditional--hidden';

export function initReveals(root = document) {
  const radios = [...root.querySelectorAll('input[type="radio"][data-app-reveal]')];
  const update = () => {
    for (const radio of radios) {
      const target = root.getElementById(radio.dataset.appReveal);
      if (target) target.classList.toggle(HIDDEN, !radio.checked);
    }
  };
  const names = new Set(radios.map((r) => r.name));
  for (const input of root.querySelectorAll('input[type="radio"]')) {
    if (names.has(input.name)) input.addEventListener('change', update);
  }
  update();
}
