// FaceAudit web UI: the only script. Sends the state-changing requests of the pages to the REST API with the
// session's CSRF token (X-CSRF-Token), saves questionnaire answers as they are given, uploads files and shows
// the progress of analysis jobs. Same origin only; no libraries.
'use strict';
(function () {
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  const lang = document.body.dataset.lang === 'en' ? 'en' : 'zh';
  const T = {
    zh: { saved: '已保存', saving: '保存中…', failed: '失败', uploading: '上传中…', line: '第 {l} 行第 {c} 列', queued: '排队中', running: '分析中', done: '完成' },
    en: { saved: 'Saved', saving: 'Saving…', failed: 'Failed', uploading: 'Uploading…', line: 'line {l}:{c}', queued: 'queued', running: 'running', done: 'done' },
  }[lang];

  async function send(method, url, body) {
    const headers = { 'x-csrf-token': csrf() };
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (e) {
      json = null;
    }
    if (!res.ok) {
      const err = new Error((json && (json.detail || json.title)) || res.status + ' ' + res.statusText);
      err.problem = json;
      throw err;
    }
    return json;
  }

  function show(el, text, ok) {
    const box = (el && (el.querySelector('[data-msg]') || el.closest('section')?.querySelector('[data-msg]'))) || document.getElementById('msg');
    if (!box) return;
    box.textContent = text;
    box.className = 'msg ' + (ok ? 'ok' : 'err');
  }

  function problemText(e) {
    const p = e.problem;
    let text = e.message;
    const blocking = p && p.extra && p.extra.blocking;
    if (Array.isArray(blocking)) text += '\n' + blocking.map((b) => '• ' + b.ref + ': ' + (b.message ? b.message[lang] : '')).join('\n');
    // A subject file's problems (src/subject/load.ts): line, field, message.
    const issues = p && p.extra && p.extra.issues;
    if (Array.isArray(issues)) text += '\n' + issues.map((i) => '• ' + (i.line ? T.line.replace('{l}', i.line).replace('{c}', i.column || 1) + ' ' : '') + (i.path || '') + ': ' + i.message).join('\n');
    return text;
  }

  // name="a.b.c" → {a: {b: {c: value}}}; data-type int|bool; blank fields left out.
  function formBody(form) {
    const out = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled || el.type === 'file' || el.type === 'submit' || el.type === 'button') continue;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) continue;
      let v = el.value;
      if (v === '' && !el.hasAttribute('data-keep-empty')) continue;
      if (el.dataset.type === 'int') v = Number(v);
      if (el.dataset.type === 'bool') v = el.checked;
      if (el.dataset.type === 'array') v = [v];
      const path = el.name.split('.');
      let o = out;
      for (const k of path.slice(0, -1)) o = o[k] = o[k] || {};
      o[path[path.length - 1]] = v;
    }
    return out;
  }

  // What the form holds already (data-base) with the fields entered now on top.
  function merge(base, over) {
    for (const [k, v] of Object.entries(over)) {
      base[k] = v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object' ? merge(base[k], v) : v;
    }
    return base;
  }

  function then(el, json) {
    const target = el.dataset.then || 'reload';
    if (target === 'reload') return location.reload();
    // show:key — put json[key] into the section's [data-show] box (a value shown only once, e.g. a new API token).
    if (target.startsWith('show:')) {
      const box = el.closest('section').querySelector('[data-show]');
      box.querySelector('[data-show-value]').textContent = json ? json[target.slice(5)] : '';
      box.hidden = false;
      if (el.reset) el.reset();
      return;
    }
    location.href = target.replace(/\{(\w+)\}/g, (_m, k) => encodeURIComponent(json && json[k] != null ? json[k] : ''));
  }

  async function api(el, body) {
    const [method, url] = el.dataset.api.split(' ');
    if (el.dataset.confirm && !confirm(el.dataset.confirm)) return;
    el.setAttribute('aria-busy', 'true');
    try {
      const json = await send(method, url, body);
      // data-login: a registration form logs the new admin in with the email and password just given.
      if (el.hasAttribute('data-login')) await send('POST', '/api/login', { email: body.admin.email, password: body.admin.password });
      then(el, json);
    } catch (e) {
      show(el, problemText(e), false);
    } finally {
      el.removeAttribute('aria-busy');
    }
  }

  document.addEventListener('submit', (ev) => {
    const form = ev.target;
    if (form.dataset.api) {
      ev.preventDefault();
      api(form, form.dataset.base ? merge(JSON.parse(form.dataset.base), formBody(form)) : formBody(form));
    } else if (form.dataset.upload) {
      ev.preventDefault();
      upload(form);
    }
  });

  document.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-api]');
    if (!b || b.form) return;
    ev.preventDefault();
    api(b, b.dataset.body ? JSON.parse(b.dataset.body) : undefined);
  });

  // ---- questionnaire: every answer saved as given, one request at a time (the subject's version) ----
  const q = document.getElementById('questionnaire');
  let chain = Promise.resolve();
  if (q) {
    q.addEventListener('change', (ev) => {
      const input = ev.target;
      if (!input.dataset.answer) return;
      const v = input.type === 'number' && input.value !== '' ? Number(input.value) : input.value;
      save(input.dataset.answer, v, input.dataset.scenario);
    });
    q.addEventListener('click', (ev) => {
      const b = ev.target.closest('button[data-clear]');
      if (!b) return;
      ev.preventDefault();
      for (const r of q.querySelectorAll('input[data-answer="' + b.dataset.clear + '"]')) r.checked = false;
      save(b.dataset.clear, null, b.dataset.scenario);
    });
  }
  function save(id, value, scenario) {
    const key = id + (scenario ? '@' + scenario : '');
    const status = q.querySelector('[data-status-for="' + key + '"]');
    if (status) status.textContent = T.saving;
    chain = chain.then(async () => {
      const body = { answers: { [id]: value }, expectedVersion: Number(q.dataset.version) };
      if (scenario) body.scenarioId = scenario;
      try {
        const rec = await send('PATCH', q.dataset.url, body);
        q.dataset.version = String(rec.version);
        if (status) {
          status.textContent = T.saved;
          status.className = 'status ok';
        }
      } catch (e) {
        if (status) {
          status.textContent = T.failed + ': ' + e.message;
          status.className = 'status err';
        }
      }
    });
  }

  // ---- uploads, optional attach to a dossier, job progress ----
  async function upload(form) {
    const file = form.querySelector('input[type=file]');
    if (!file.files.length) return show(form, file.dataset.required || '?', false);
    const params = new URLSearchParams();
    const kind = form.querySelector('[name=kind]');
    params.set('kind', kind.value);
    const analyze = form.querySelector('[name=analyze]');
    if (analyze && analyze.checked) params.set('analyze', 'true');
    const data = new FormData();
    data.append('file', file.files[0]);
    show(form, T.uploading, true);
    try {
      const r = await send('POST', form.dataset.upload + '?' + params.toString(), data);
      if (form.dataset.attach) {
        await send('POST', form.dataset.attach, { expectedVersion: Number(form.dataset.version), slot: form.dataset.slot, part: form.dataset.part, evidenceId: r.evidence.id });
      }
      if (r.jobId) await poll(form, r.jobId);
      location.reload();
    } catch (e) {
      show(form, problemText(e), false);
    }
  }

  async function poll(form, jobId) {
    const box = form.querySelector('[data-progress]');
    const bar = box && box.querySelector('progress');
    const label = box && box.querySelector('[data-job-status]');
    if (box) box.hidden = false;
    for (;;) {
      const j = await send('GET', '/api/jobs/' + encodeURIComponent(jobId));
      if (bar) bar.value = j.progress;
      if (label) label.textContent = (T[j.status] || j.status) + ' ' + j.progress + '%' + (j.message ? ' · ' + j.message : '');
      if (j.status === 'done') return j;
      if (j.status === 'failed') throw new Error(T.failed + ': ' + (j.error || ''));
      await new Promise((r) => setTimeout(r, 400));
    }
  }
})();
