// Typing replay for staff: rebuilds the text key by key at the recorded times (Backspace removes, Enter breaks
// the line, select-all — "Control+a" — then Backspace or a character replaces everything; other chords type nothing).
const root = document.getElementById('replay');
const keys = JSON.parse(root.dataset.keys || '[]').filter((k) => k.tr).sort((a, b) => a.t - b.t);
const text = document.getElementById('replay-text');
const play = document.getElementById('replay-play');
const speed = document.getElementById('replay-speed');
const clock = document.getElementById('replay-clock');
let timer = null;
let allSelected = false;

function apply(buffer, k) {
  if (/^(Control|Meta)\+a$/i.test(k.k)) { allSelected = buffer.length > 0; return buffer; }
  const edits = k.k === 'Backspace' || k.k === 'Delete' || k.k === 'Enter' || [...k.k].length === 1;
  if (!edits) { if (k.k.startsWith('Arrow') || k.k === 'Home' || k.k === 'End') allSelected = false; return buffer; }
  if (allSelected) { allSelected = false; buffer = ''; if (k.k === 'Backspace' || k.k === 'Delete') return buffer; }
  if (k.k === 'Backspace') return buffer.slice(0, -1);
  if (k.k === 'Enter') return `${buffer}\n`;
  return [...k.k].length === 1 ? buffer + k.k : buffer;
}

function stop() { clearTimeout(timer); timer = null; play.textContent = 'Play'; }

play.addEventListener('click', () => {
  if (timer) { stop(); return; }
  if (keys.length === 0) { clock.textContent = 'No keystrokes were recorded.'; return; }
  play.textContent = 'Stop';
  text.value = '';
  allSelected = false;
  let i = 0;
  const t0 = keys[0].t;
  const step = () => {
    text.value = apply(text.value, keys[i]);
    clock.textContent = `${((keys[i].t - t0) / 1000).toFixed(1)} s`;
    i++;
    if (i >= keys.length) { stop(); return; }
    timer = setTimeout(step, (keys[i].t - keys[i - 1].t) / Number(speed.value));
  };
  step();
});
