// Listen and capture: where the server speaks the call, each line reaches the page as a clip (the server serves it only
// once the line is due) and its words are not written down, as on a real call. Lines play one after another as they
// arrive, from the "Start listening" click (browsers play sound only after a gesture). "Ask the caller to repeat" plays
// the last line again; each repeat is recorded as an event staff can see, and is not scored.
import { t } from './text.js';

export function setUpListening({ callLines, event, storageKey }) {
  const player = document.getElementById('sim-player');
  if (!player) return { arrived() {} };
  const start = document.getElementById('sim-listen');
  const repeat = document.getElementById('sim-repeat');
  const status = document.getElementById('sim-listen-status');
  // Lines heard before a reload are not played again (this tab remembers how many it played).
  let played = Number(sessionStorage.getItem(storageKey) ?? 0);
  let listening = false, busy = false;
  const lines = () => [...callLines.querySelectorAll(':scope > li[data-audio]')];
  let last = lines()[played - 1] ?? null;

  function play(li) {
    busy = true;
    last = li;
    repeat.disabled = false;
    player.dataset.line = li.dataset.line;
    player.src = li.dataset.audio;
    player.play().catch(() => { busy = false; });
  }
  function next() {
    if (!listening || busy) return;
    const li = lines()[played];
    if (!li) return;
    played += 1;
    sessionStorage.setItem(storageKey, String(played));
    play(li);
  }

  player.addEventListener('playing', () => {
    status.textContent = last?.classList.contains('agent') ? t('The agent is speaking.') : t('The caller is speaking.');
  });
  const done = () => { busy = false; status.textContent = ''; next(); };
  player.addEventListener('ended', done);
  player.addEventListener('error', done);
  start.addEventListener('click', () => {
    listening = true;
    start.hidden = true;
    repeat.hidden = false;
    repeat.disabled = !last;
    next();
  });
  repeat.addEventListener('click', () => {
    if (!last) return;
    event('repeat', last.dataset.line, null);
    player.pause();
    play(last);
  });
  return { arrived: next };
}
