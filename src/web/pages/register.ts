// Company registration (public): posts to /api/organizations (rate limited there), then the script logs the new
// admin in with the same email and password (data-login) and goes to the dashboard.
import { html, type Raw } from '../html.js';
import type { Word } from '../i18n.js';

export function registerPage(t: (w: Word) => string): Raw {
  const field = (name: string, label: Word, attrs: Raw = html``) => html`<label>${t(label)}<br><input name="${name}" size="36" ${attrs}></label>`;
  return html`<section class="login">
  <form class="stack" data-api="POST /api/organizations" data-login data-then="/dashboard" data-testid="register-form">
    ${field('name', 'orgName', html`required maxlength="200"`)}
    ${field('creditCode', 'creditCode', html`maxlength="18" pattern="[0-9A-Z]{18}"`)}
    ${field('province', 'province', html`maxlength="50"`)}
    ${field('city', 'city', html`maxlength="50"`)}
    ${field('admin.name', 'adminName', html`required maxlength="200"`)}
    ${field('admin.email', 'email', html`type="email" autocomplete="username" required`)}
    ${field('admin.password', 'password', html`type="password" autocomplete="new-password" minlength="8" required`)}
    <button type="submit">${t('register')}</button>
    <p data-msg></p>
  </form>
</section>`;
}
