// Typing replay for staff: rebuilds the text key by key at the recorded times (Backspace removes, Enter breaks
// the line, select-all — "Control+a" — then Backspace or a character replaces everything; other chords type nothing).
// Chinese (data-ime) is replayed from the input method's events instead, as the server scores it (CommittedText):
// the pinyin being composed shows after the committed text, a compositionend commits, an insert outside a
// composition adds its text unless it repeats the commit just made, deleteContentBackward removes a character.
const root = document.getElementById('replay');
const keys = JSON.parse(root.dataset.keys || '[]').filter((k) => k.tr).sort((a, b) => a.t - b.t);
const text = document.getElementById('replay-text');
const play = document.getElementById('replay-play');
const speed = document.getElementById('replay-speed');
const clock = document.getElementById('replay-clock');
const words = root.dataset; // the page's language: textPlay, textStop, textNone, textSeconds ("{0} s")
let timer = null;
let allSelected = false;
const ime = root.dataset.ime === 'true';
let committed = '';
let lastCommit = null;

function applyIme(k) {
  const textEvent = k.k.startsWith('composition') || k.k.startsWith('input:');
  if (!textEvent) return committed;
  let commit = null;
  if (k.k === 'compositionupdate') return committed + (k.d || '');
  if (k.k === 'compositionend' && k.d) commit = { text: k.d, composed: true };
  else if (k.k === 'input:insertText' && k.d && !(lastCommit?.composed && lastCommit.text === k.d)) commit = { text: k.d, composed: false };
  else if (k.k === 'input:insertLineBreak' || k.k === 'input:insertParagraph') commit = { text: '\n', composed: false };
  else if (k.k === 'input:deleteContentBackward') committed = [...committed].slice(0, -1).join('');
  lastCommit = commit;
  if (commit) committed += commit.text;
  return committed;
}

function apply(buffer, k) {
  if (/^(Control|Meta)\+a$/i.test(k.k)) { allSelected = buffer.length > 0; return buffer; }
  const edits = k.k === 'Backspace' || k.k === 'Delete' || k.k === 'Enter' || [...k.k].length === 1;
  if (!edits) { if (k.k.startsWith('Arrow') || k.k === 'Home' || k.k === 'End') allSelected = false; return buffer; }
  if (allSelected) { allSelected = false; buffer = ''; if (k.k === 'Backspace' || k.k === 'Delete') return buffer; }
  if (k.k === 'Backspace') return buffer.slice(0, -1);
  if (k.k === 'Enter') return `${buffer}\n`;
  return [...k.k].length === 1 ? buffer + k.k : buffer;
}

function stop() { clearTimeout(timer); timer = null; play.textContent = words.textPlay; }

play.addEventListener('click', () => {
  if (timer) { stop(); return; }
  if (keys.length === 0) { clock.textContent = words.textNone; return; }
  play.textContent = words.textStop;
  text.value = '';
  allSelected = false;
  committed = '';
  lastCommit = null;
  let i = 0;
  const t0 = keys[0].t;
  const step = () => {
    text.value = ime ? applyIme(keys[i]) : apply(text.value, keys[i]);
    clock.textContent = words.textSeconds.replace('{0}', ((keys[i].t - t0) / 1000).toFixed(1));
    i++;
    if (i >= keys.length) { stop(); return; }
    timer = setTimeout(step, (keys[i].t - keys[i - 1].t) / Number(speed.value));
  };
  step();
});
