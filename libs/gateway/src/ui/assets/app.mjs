// The pages' only script (docs/ui.md "JavaScript only enhances"): GOV.UK and MoJ Frontend's components
// (sortable tables, the filter toggle, the menu), and the idle-timeout warning. Every page works without it.
import { initAll as initGovuk } from '/assets/govuk-frontend.min.js';
import { initAll as initMoj } from '/assets/moj-frontend.min.js';

initGovuk();
initMoj();

// Two minutes before the session's idle timeout, offer to stay signed in; at the timeout, go to sign-in.
const header = document.querySelector('[data-module="app-session"]');
if (header && header.dataset.signedIn === 'true') {
  const idleMs = Number(header.dataset.idleMinutes) * 60_000;
  const warnMs = Math.max(idleMs - 120_000, idleMs / 2);
  let warnTimer;
  let endTimer;
  const arm = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, warnMs);
    endTimer = setTimeout(() => window.location.assign('/sign-in?timedOut=1'), idleMs + 1_000);
  };
  const warn = () => {
    if (document.getElementById('app-session-warning')) return;
    const box = document.createElement('div');
    box.id = 'app-session-warning';
    box.className = 'govuk-notification-banner app-session-warning';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'app-session-warning-title');
    box.innerHTML =
      '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="app-session-warning-title">Important</h2></div>' +
      '<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">You will be signed out in 2 minutes.</p>' +
      '<p class="govuk-body">Anything you have not saved will be lost.</p>' +
      '<button type="button" class="govuk-button" data-module="govuk-button" id="app-stay-signed-in">Stay signed in</button></div>';
    document.body.appendChild(box);
    const button = box.querySelector('button');
    button.focus();
    button.addEventListener('click', async () => {
      await fetch('/session/keep-alive', { credentials: 'same-origin' });
      box.remove();
      arm();
    });
  };
  arm();
}
