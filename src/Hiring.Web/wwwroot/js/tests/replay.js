// Typing replay for staff: rebuilds the text key by key at the recorded times (Backspace removes, Enter breaks the line).
const root = document.getElementById('replay');
const keys = JSON.parse(root.dataset.keys || '[]').filter((k) => k.tr).sort((a, b) => a.t - b.t);
const text = document.getElementById('replay-text');
const play = document.getElementById('replay-play');
const speed = document.getElementById('replay-speed');
const clock = document.getElementById('replay-clock');
let timer = null;

function apply(buffer, k) {
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
