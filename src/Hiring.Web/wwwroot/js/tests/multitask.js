// The multitasking simulation: shows call lines and chat messages on the scenario's schedule (counted from the
// server's start time the page was given), and sends every action as its own event through the autosave queue.
// The server keeps each event once (by sequence number) and decides the time it counts at.
export function setUpMultitask({ send }) {
  const sim = document.getElementById('sim');
  if (!sim) return;
  const scenario = sim.dataset.scenario;
  const started = performance.now() - Number(sim.dataset.elapsedMs);
  const length = Number(sim.dataset.length);
  const elapsedMs = () => Math.round(performance.now() - started);
  let counter = 0;
  const saved = document.getElementById('sim-saved');

  function event(type, ref, text) {
    // A unique queue key per event: the queue keeps the latest value per key, and every event must be kept.
    send(`${scenario}#e${Date.now()}-${counter++}`, { sim: { type, ref, text, atMs: elapsedMs() } });
    saved.textContent = 'Saved.';
  }

  const clockValue = document.getElementById('sim-clock-value');
  const chatEmpty = document.getElementById('sim-chat-empty');
  function tick() {
    const seconds = Math.min(elapsedMs() / 1000, length);
    clockValue.textContent = `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
    sim.querySelectorAll('[data-at][hidden]').forEach((el) => {
      if (Number(el.dataset.at) <= seconds) {
        el.hidden = false;
        if (el.dataset.message) chatEmpty.hidden = true;
      }
    });
  }
  tick();
  setInterval(tick, 500);

  sim.addEventListener('click', (e) => {
    const sendBtn = e.target.closest('[data-send]');
    if (sendBtn) {
      const id = sendBtn.dataset.send;
      const box = document.getElementById(`sim-reply-${id}`);
      const text = box.value.trim();
      if (!text) { box.focus(); return; }
      event('reply', id, text);
      const li = document.createElement('li');
      li.textContent = `You: ${text}`;
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
    document.getElementById('sim-kb-count').textContent = `${found.length} article${found.length === 1 ? '' : 's'} found`;
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
