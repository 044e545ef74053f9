// The self-inspection questionnaire in the browser: grouped by chapter, the seed's 查验方法 as help, answers
// saved one by one through PATCH /api/subjects/:id/answers with the subject's version (the script).
import type { Question } from '../../questionnaire/types.js';
import { QUESTIONS } from '../../questionnaire/index.js';
import { CHAPTERS } from '../../rules/rule.js';
import type { AnswerValue, Scenario } from '../../subject/schema.js';
import { html, url, type Raw } from '../html.js';
import { pick } from '../i18n.js';
import { subjectTabs, type Ctx } from '../layout.js';
import type { PageResult } from '../index.js';
import { subjectRecord } from './common.js';

function control(c: Ctx, q: Question, value: AnswerValue | undefined, scenario?: Scenario): Raw {
  const { t, lang } = c;
  const key = q.id + (scenario ? `@${scenario.id}` : '');
  const name = `a-${key}`;
  const attrs = (v: string) => html`name="${name}" value="${v}" data-answer="${q.id}" ${scenario ? html`data-scenario="${scenario.id}"` : ''} ${value === v ? 'checked' : ''}`;
  let input: Raw;
  switch (q.type) {
    case 'yes-no':
      input = html`${(
        [
          ['yes', t('yes')],
          ['no', t('no')],
          ['partial', t('partial')],
          ['not-applicable', t('na')],
        ] as const
      ).map(([v, label]) => html`<label><input type="radio" ${attrs(v)}> ${label}</label>`)}`;
      break;
    case 'choice':
      input = html`${(q.choices ?? []).map((ch) => html`<label><input type="radio" ${attrs(ch.value)}> ${pick(ch.label, lang)}</label>`)}`;
      break;
    default: {
      const type = q.type === 'number' ? 'number' : q.type === 'date' ? 'date' : 'text';
      input = html`<input type="${type}" name="${name}" value="${value ?? ''}" data-answer="${q.id}" ${scenario ? html`data-scenario="${scenario.id}"` : ''}>`;
    }
  }
  return html`<div class="q" data-question="${key}">
    <div class="text"><code>${q.id}</code> ${pick(q.text, lang)}</div>
    <div>${input} <button type="button" class="link" data-clear="${q.id}" ${scenario ? html`data-scenario="${scenario.id}"` : ''}>${t('clear')}</button><span class="status" data-status-for="${key}"></span></div>
    <details><summary>${t('help')}</summary>${pick(q.help, lang)}</details>
  </div>`;
}

export async function questionnairePage(c: Ctx): Promise<PageResult> {
  const { t, lang } = c;
  const id = c.params.id ?? '';
  const rec = await subjectRecord(c, id);
  const s = rec.subject;
  const scenarios = s.deployments.flatMap((d) => d.scenarios);
  const chapters = CHAPTERS.map((ch) => {
    const qs = QUESTIONS.filter((q) => q.chapter === ch.id);
    if (!qs.length) return '';
    const processor = qs.filter((q) => q.scope === 'processor');
    const perScenario = qs.filter((q) => q.scope === 'scenario');
    return html`<section data-chapter="${ch.id}"><h2>${pick(ch.title, lang)}</h2>
      ${processor.length ? html`<h3>${t('processorWide')}</h3>${processor.map((q) => control(c, q, s.answers[q.id]))}` : ''}
      ${perScenario.length
        ? scenarios.map((sc) => html`<h3>${t('scenario')}: ${sc.name}</h3>${perScenario.map((q) => control(c, q, sc.answers?.[q.id], sc))}`)
        : ''}
    </section>`;
  });
  return {
    title: `${rec.name} · ${t('questionnaire')}`,
    body: html`${subjectTabs(c, id, 'questionnaire')}
    <p id="msg"></p>
    <div id="questionnaire" data-url="${url`/api/subjects/${id}/answers`}" data-version="${rec.version}">${chapters}</div>`,
  };
}
