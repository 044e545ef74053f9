// The login form: posts to /api/login (rate limited there) and goes on to `next`.
import { html, type Raw } from '../html.js';
import type { Word } from '../i18n.js';

export function loginPage(t: (w: Word) => string, next: string): Raw {
  return html`<section class="login">
  <form class="stack" data-api="POST /api/login" data-then="${next}">
    <label>${t('email')}<br><input name="email" type="email" autocomplete="username" required size="32"></label>
    <label>${t('password')}<br><input name="password" type="password" autocomplete="current-password" required size="32"></label>
    <button type="submit">${t('login')}</button>
    <p data-msg></p>
  </form>
  <p><a href="/register">${t('registerLink')}</a></p>
</section>`;
}
