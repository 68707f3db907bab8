// The test page: wires the timer, the autosave queue, heartbeats, integrity signals and the
// per-test modules to the server-rendered form. Without this script the form still works: it posts every answer on submit.
import { createTimer } from './timer.js';
import { createAutosave } from './autosave.js';
import { createIntegrity } from './integrity.js';
import { createTyping } from './typing.js';
import { setUpReading } from './reading.js';
import { setUpFilters } from './literacy.js';
import { setUpMultitask } from './multitask.js';
import { t } from './text.js';

const form = document.getElementById('test-form');
// Where answers, heartbeats and polls go: the attempt's page, or a practice round's (which keeps nothing).
const base = form.dataset.base;
const practice = form.dataset.practice === 'true';
const token = form.dataset.token;
const announcer = document.getElementById('announcer');
const offlineBanner = document.getElementById('offline-banner');
const closedBanner = document.getElementById('closed-banner');
const confirmDialog = document.getElementById('submit-confirm');
const rejectedBanner = document.getElementById('rejected-banner');
const progress = document.getElementById('progress');
const progressText = document.getElementById('progress-text');
const remaining = Number(form.dataset.remaining);
const integrity = createIntegrity();
let submitting = false;
// Called when the connection returns: a submission made offline (time ran out while it was down) waits for it.
let backOnline = null;

const announce = (text) => { announcer.textContent = ''; setTimeout(() => { announcer.textContent = text; }, 50); };

// Declared before anything can answer; created last (below), because a page opened after the deadline expires at once
// and submitting reads the autosave queue and the typing box.
let timer = null;

function update(state) {
  if (typeof state.remainingSeconds === 'number') timer?.sync(state.remainingSeconds);
  // The simulation counts its own progress (chats and questions, multitask.js): the server stores it as one item.
  if (typeof state.answered === 'number' && form.dataset.kind !== 'Multitask') {
    progress.max = state.total;
    progress.value = state.answered;
    progressText.textContent = t('{0} of {1}', state.answered, state.total);
  }
}

const autosave = createAutosave({
  url: `${base}/Save`, token, storageKey: `hiring.attempt.${form.dataset.attempt}`, seqBase: Number(form.dataset.seq),
  onResponse: update,
  onOffline: () => { offlineBanner.hidden = false; },
  onOnline: () => { offlineBanner.hidden = true; announce(t('Connection restored. Your answers are being sent.')); backOnline?.(); },
  onClosed: (body) => {
    closedBanner.textContent = body?.message || t('This test has closed.');
    closedBanner.hidden = false;
    submit();
  },
  // Another page of this attempt (another device or tab) answered after this one: show what the server holds.
  onRejected: (itemId, body) => {
    const section = form.querySelector(`[data-item="${CSS.escape(itemId)}"]`);
    section?.classList.add('unsaved');
    rejectedBanner.textContent = t('An answer could not be saved: {0} Give that answer again; if this keeps happening, tell the recruiter.',
      body?.message || t('the server refused it.'));
    rejectedBanner.hidden = false;
    announce(rejectedBanner.textContent);
  },
  onStale: (itemId) => {
    // Reading and simulation events merge into a log: a repeat there is harmless. An answer is what the page shows.
    const part = form.querySelector(`[data-item="${CSS.escape(itemId)}"]`)?.dataset.part;
    if (['Sjt', 'Choice', 'Question', 'Task', 'Typing'].includes(part)) outdated();
  },
});

// Shows the server's answers when another device or tab answered after this page: said first, then the page reloads
// (what is still queued here stays in localStorage and is sent from the reloaded page).
let reloading = false;
function outdated() {
  if (reloading || submitting) return;
  reloading = true;
  closedBanner.textContent = t('This test was answered more recently on another device or tab. The page is reloading to show the latest answers.');
  closedBanner.hidden = false;
  setTimeout(() => window.location.reload(), 1500);
}

// Typing page
const area = document.getElementById('typing-input');
let typing = null;
if (area) {
  const section = area.closest('[data-item]');
  let pending = null;
  typing = createTyping({
    area, integrity, ime: section.dataset.ime === 'true',
    keysInput: document.getElementById('typing-keys'), pastesInput: document.getElementById('typing-pastes'),
    syntheticInput: document.getElementById('typing-synthetic'), note: document.getElementById('typing-note'),
    offsetMs: 0,
    onChange: () => { clearTimeout(pending); pending = setTimeout(() => autosave.put(section.dataset.item, typing.value()), 1500); },
  });
}

function valueOf(section) {
  const checked = (part) => section.querySelector(`input[type=radio][name$=".${part}"]:checked`)?.value ?? null;
  switch (section.dataset.part) {
    case 'Sjt': return { most: checked('most'), least: checked('least') };
    case 'Choice': case 'Question': return { choice: checked('choice') };
    case 'Task': return { fields: Object.fromEntries([...section.querySelectorAll('[data-field]')].map((i) => [i.dataset.field, i.value])) };
    case 'Typing': return typing.value();
    default: return null;
  }
}

// SJT: one response cannot be both the most and the least effective.
function exclusive(section) {
  if (section.dataset.part !== 'Sjt') return;
  const most = section.querySelector('input[name$=".most"]:checked')?.value;
  const least = section.querySelector('input[name$=".least"]:checked')?.value;
  section.querySelectorAll('input[name$=".least"]').forEach((i) => { i.disabled = i.value === most; });
  section.querySelectorAll('input[name$=".most"]').forEach((i) => { i.disabled = i.value === least; });
}

const timers = new Map();
form.addEventListener('change', (e) => {
  const item = e.target.closest('[data-item]');
  if (!item || item.dataset.part === 'Typing' || item.dataset.part === 'Passage') return;
  item.classList.remove('unsaved');
  exclusive(item);
  autosave.put(item.dataset.item, valueOf(item));
});
form.addEventListener('input', (e) => {
  const item = e.target.closest('[data-part="Task"]');
  if (!item || !e.target.dataset.field) return;
  clearTimeout(timers.get(item));
  timers.set(item, setTimeout(() => autosave.put(item.dataset.item, valueOf(item)), 800));
});
// Answers queued by an earlier load of this page (offline, or closed before they were sent) are shown again, so the
// page never shows less than it will send, and the form's final post does not replace them with older ones.
function restore(itemId, value) {
  const section = form.querySelector(`[data-item="${CSS.escape(itemId)}"]`);
  if (!section || !value) return;
  const pick = (part, v) => { const r = v && section.querySelector(`input[type=radio][name$=".${part}"][value="${CSS.escape(v)}"]`); if (r) r.checked = true; };
  if (section.dataset.part === 'Sjt') { pick('most', value.most); pick('least', value.least); }
  if (section.dataset.part === 'Choice' || section.dataset.part === 'Question') pick('choice', value.choice);
  if (section.dataset.part === 'Task') section.querySelectorAll('[data-field]').forEach((i) => { if (value.fields?.[i.dataset.field] != null) i.value = value.fields[i.dataset.field]; });
}
autosave.pending().forEach((q) => restore(q.itemId, q.value));
form.querySelectorAll('[data-part="Sjt"]').forEach(exclusive);
setUpFilters(form);
setUpReading({ form, practice, send: (itemId, value) => autosave.put(itemId, value), flush: (ms) => autosave.flush(ms) });
setUpMultitask({ send: (itemId, value) => autosave.put(itemId, value), arrivedUrl: form.dataset.arrived || `${base}/Arrived` });

// A practice round's server keeps no answers, so it cannot count them: the page counts what it shows answered.
function answeredHere(section) {
  const v = valueOf(section);
  switch (section.dataset.part) {
    case 'Sjt': return Boolean(v.most && v.least);
    case 'Choice': case 'Question': return Boolean(v.choice);
    case 'Task': return [...section.querySelectorAll('[data-field]')].some((i) => i.value !== i.defaultValue);
    case 'Typing': return v.text.length > 0;
    default: return false;
  }
}
if (practice) {
  const count = () => update({
    answered: [...form.querySelectorAll('[data-item]')].filter(answeredHere).length, total: Number(progress.max),
  });
  form.addEventListener('change', count);
  form.addEventListener('input', count);
}

async function heartbeat() {
  const delta = integrity.take();
  try {
    const res = await fetch(`${base}/Heartbeat`, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token }, body: JSON.stringify(delta),
    });
    if (!res.ok) throw new Error(String(res.status));
    const state = await res.json();
    autosave.heard(state.clock);
    if (autosave.offline) autosave.offline = false;
    update(state);
    if (state.status === 'submitted') window.location.href = `/Candidate/Tests/Result/${form.dataset.attempt}`;
    // Another page of this attempt answered after everything this page sent: this page no longer shows what is held.
    else if (typeof state.latestSeq === 'number' && state.latestSeq > autosave.seq && autosave.pending().length === 0) outdated();
  } catch {
    integrity.giveBack(delta);
    autosave.offline = true;
  }
}
setInterval(heartbeat, 20000);

// The browser knows it is offline before a request fails: say so at once, and send the queue when it is back.
window.addEventListener('offline', () => { autosave.offline = true; });
window.addEventListener('online', () => { autosave.offline = false; });

// Full screen is offered, never forced; leaving it is counted as an integrity signal.
const fullscreen = document.getElementById('fullscreen');
if (document.fullscreenEnabled) {
  fullscreen.hidden = false;
  fullscreen.addEventListener('click', () => {
    if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen().catch(() => {});
  });
  document.addEventListener('fullscreenchange', () => { fullscreen.textContent = document.fullscreenElement ? t('Leave full screen') : t('Full screen'); });
}

async function submit() {
  if (submitting) return;
  submitting = true;
  if (confirmDialog.open) confirmDialog.close();
  document.getElementById('submit-test').disabled = true;
  if (typing) typing.value();
  // Each queued answer leaves the queue (and localStorage) only when the server has acknowledged it; what is still
  // queued is kept for the next page load rather than thrown away. Offline, posting the form would only show the
  // browser's error page: the page says so and waits for the connection, then sends the queue and the form. Answers given
  // before the deadline are still taken when it returns within the grace period.
  for (;;) {
    if (!navigator.onLine) autosave.offline = true;
    if (autosave.offline) {
      closedBanner.textContent = t('You are offline. Your answers are kept on this device and the test is submitted when the connection returns.');
      closedBanner.hidden = false;
      announce(closedBanner.textContent);
      const back = new Promise((resolve) => { backOnline = resolve; });
      heartbeat(); // the failure that marked the page offline may have been a blip: ask now, not at the next beat
      await back;
    }
    await autosave.flush(4000);
    if (!autosave.offline) break;
  }
  HTMLFormElement.prototype.submit.call(form);
}
// The button asks first: how many questions are unanswered and how long is left, with "Keep working" as the default.
// Time running out submits without asking.
function confirmSubmit() {
  if (submitting) return;
  const total = Number(progress.max), answered = Number(progress.value), left = timer?.left() ?? '';
  document.getElementById('submit-confirm-detail').textContent = form.dataset.kind === 'Typing' || form.dataset.kind === 'Multitask'
    ? t('{0} left.', left)
    : answered < total ? t('{0} of {1} questions unanswered, {2} left.', total - answered, total, left) : t('All {0} questions answered, {1} left.', total, left);
  confirmDialog.showModal();
}
document.getElementById('submit-confirm-yes').addEventListener('click', () => { confirmDialog.close(); submit(); });
document.getElementById('submit-confirm-no').addEventListener('click', () => confirmDialog.close());
form.addEventListener('submit', (e) => { e.preventDefault(); confirmSubmit(); });
// Enter in a text field (a literacy task, a record filter) must never submit the whole test: only the button does.
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement && !['submit', 'button', 'radio', 'checkbox'].includes(e.target.type)) e.preventDefault();
});

timer = createTimer({
  remainingSeconds: remaining,
  allowedSeconds: Number(form.dataset.allowed),
  valueEl: document.getElementById('timer-value'),
  endingEl: document.getElementById('timer-ending'),
  timerEl: document.getElementById('timer'),
  announce,
  onExpire: () => { announce(t('Time is up. Your answers are being submitted.')); submit(); },
});

