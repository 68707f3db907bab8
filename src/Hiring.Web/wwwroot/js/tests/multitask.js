// The multitasking simulation: the page holds only the call lines and chats that have arrived on the server's clock;
// the script asks the server for new ones every 1.5 s (the Arrived handler) and appends them, so nothing can be read
// ahead. Every action is sent as its own event through the autosave queue; the server keeps each event once (by
// sequence number) and decides the time it counts at. Where the call is heard rather than read, listen.js plays its lines.
import { t } from './text.js';
import { setUpListening } from './listen.js';
const POLL_MS = 1500;

export function setUpMultitask({ send, arrivedUrl }) {
  const sim = document.getElementById('sim');
  if (!sim) return;
  const scenario = sim.dataset.scenario;
  let started = performance.now() - Number(sim.dataset.elapsedMs);
  const length = Number(sim.dataset.length);
  const elapsedMs = () => Math.round(performance.now() - started);
  let counter = 0;
  const saved = document.getElementById('sim-saved');

  function event(type, ref, text) {
    // A unique queue key per event: the queue keeps the latest value per key, and every event must be kept.
    send(`${scenario}#e${Date.now()}-${counter++}`, { sim: { type, ref, text, atMs: elapsedMs() } });
    saved.textContent = t('Saved.');
    queueMicrotask(showProgress); // once the handler has shown the reply or the escalation
  }

  // Progress that means something while the shift runs: chats answered (or escalated) of those arrived, and questions
  // answered, as the server renders it (Take.cshtml); the simulation is stored as one item, so the save's count is not it.
  const progress = document.getElementById('progress');
  const progressText = document.getElementById('progress-text');
  function showProgress() {
    const chats = [...sim.querySelectorAll('#sim-chat-list > article')];
    const handled = chats.filter((m) => m.querySelector('.sim-replies li') || !m.querySelector('.sim-escalated').hidden).length;
    const questions = [...sim.querySelectorAll('[data-sim-answer]')];
    const answered = questions.filter((q) => q.value.trim() !== '').length;
    progress.max = chats.length + questions.length;
    progress.value = handled + answered;
    progressText.textContent = `${t('{0} of {1} chats answered', handled, chats.length)} · ${t('{0} of {1} questions answered', answered, questions.length)}`;
  }

  const clockValue = document.getElementById('sim-clock-value');
  function tick() {
    const seconds = Math.min(elapsedMs() / 1000, length);
    clockValue.textContent = `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
  }
  tick();
  setInterval(tick, 500);

  const callLines = document.getElementById('sim-call-lines');
  const listening = setUpListening({ callLines, event, storageKey: `hiring.sim-heard.${arrivedUrl}` });
  const chatList = document.getElementById('sim-chat-list');
  const chatEmpty = document.getElementById('sim-chat-empty');
  const chatNews = document.getElementById('sim-chat-news');
  let polling = null, asking = false;
  async function arrivals() {
    if (asking) return;
    asking = true;
    try {
      const lines = callLines.querySelectorAll(':scope > li').length;
      const messages = chatList.querySelectorAll(':scope > article').length;
      const res = await fetch(`${arrivedUrl}${arrivedUrl.includes('?') ? '&' : '?'}lines=${lines}&messages=${messages}`, { credentials: 'same-origin' });
      if (res.status === 404 || res.status === 409) { clearInterval(polling); return; }
      if (!res.ok) return; // a lost connection: the next poll asks again
      const got = new DOMParser().parseFromString(await res.text(), 'text/html');
      const arrived = got.getElementById('sim-arrived');
      // Never behind the server: what it just sent had arrived by its clock, so an answer to it must count as later.
      started = Math.min(started, performance.now() - Number(arrived?.dataset.elapsedMs ?? 0));
      got.querySelectorAll('#sim-arrived-lines > li').forEach((li) => { if (!document.getElementById(li.id)) callLines.append(li); });
      listening.arrived();
      const news = [];
      got.querySelectorAll('#sim-arrived-messages > article').forEach((m) => {
        if (document.getElementById(m.id)) return;
        chatList.append(m);
        news.push(t('New chat from {0}: {1}', m.dataset.customer, m.querySelector('.sim-msg-text').textContent));
      });
      if (news.length > 0) { chatEmpty.hidden = true; chatNews.textContent = news.join(' '); showProgress(); }
      callLines.scrollTop = callLines.scrollHeight;
      if (arrived?.dataset.allArrived === 'true') clearInterval(polling);
    } catch {
      // offline: the heartbeat shows the banner; the next poll asks again
    } finally {
      asking = false;
    }
  }
  if (sim.dataset.allArrived !== 'true') polling = setInterval(arrivals, POLL_MS);

  sim.addEventListener('click', (e) => {
    const sendBtn = e.target.closest('[data-send]');
    if (sendBtn) {
      const id = sendBtn.dataset.send;
      const box = document.getElementById(`sim-reply-${id}`);
      const text = box.value.trim();
      if (!text) { box.focus(); return; }
      event('reply', id, text);
      const li = document.createElement('li');
      li.textContent = t('You: {0}', text);
      document.getElementById(`sim-replies-${id}`).append(li);
      box.value = '';
      return;
    }
    const esc = e.target.closest('[data-escalate]');
    if (esc) {
      event('escalate', esc.dataset.escalate, null);
      esc.disabled = true;
      document.getElementById(`sim-escalated-${esc.dataset.escalate}`).hidden = false;
      return;
    }
    const open = e.target.closest('[data-open]');
    if (open) openArticle(open.dataset.open);
  });

  // Same rule as the server's KnowledgeBase.Search: every word must appear; matches in the title first.
  const articles = [...document.querySelectorAll('template[data-article]')].map((t) => ({
    id: t.dataset.article, title: t.dataset.title, text: t.content.textContent, template: t,
  }));
  const has = (s, w) => s.toLowerCase().includes(w.toLowerCase());
  function search() {
    const query = document.getElementById('sim-kb-query').value.trim();
    const words = query.split(/\s+/).filter(Boolean);
    const results = document.getElementById('sim-kb-results');
    results.replaceChildren();
    if (words.length === 0) return;
    event('search', null, query);
    const found = articles
      .filter((a) => words.every((w) => has(a.title, w) || has(a.text, w)))
      .map((a) => ({ a, inTitle: words.filter((w) => has(a.title, w)).length }))
      .sort((x, y) => y.inTitle - x.inTitle)
      .map((x) => x.a);
    found.forEach((a) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      Object.assign(b, { type: 'button', className: 'sim-open', id: `sim-kb-open-${a.id}`, textContent: a.title });
      b.dataset.open = a.id;
      b.dataset.testid = `sim-kb-open-${a.id}`;
      li.append(b);
      results.append(li);
    });
    document.getElementById('sim-kb-count').textContent = found.length === 1 ? t('1 article found') : t('{0} articles found', found.length);
  }
  function openArticle(id) {
    const a = articles.find((x) => x.id === id);
    if (!a) return;
    event('open', id, null);
    const panel = document.getElementById('sim-kb-article');
    document.getElementById('sim-kb-article-title').textContent = a.title;
    document.getElementById('sim-kb-article-text').replaceChildren(a.template.content.cloneNode(true));
    panel.hidden = false;
    panel.focus();
  }
  document.getElementById('sim-kb-search').addEventListener('click', search);
  document.getElementById('sim-kb-query').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); search(); }
  });
  sim.addEventListener('keydown', (e) => {
    // Enter in a one-line field would submit the whole test: it only confirms the field.
    if (e.key === 'Enter' && e.target.matches('[data-sim-field], [data-sim-answer]')) { e.preventDefault(); e.target.blur(); }
  });

  sim.addEventListener('change', (e) => {
    const t = e.target;
    if (t.dataset.simField) event('field', t.dataset.simField, t.value);
    else if (t.dataset.simAnswer) event('answer', t.dataset.simAnswer, t.value);
  });
}
