// Typing capture: every keydown/keyup with its time (ms since the attempt started, by the server's
// remaining time at page load), how long the key was held, and isTrusted. Paste is blocked and counted;
// input not made by a real key press (isTrusted false) is undone and counted. The server recomputes
// speed and accuracy from the text and these timings; nothing is calculated here.
// A key pressed with Ctrl or Meta held is a chord and is recorded as one ("Control+v"), not as the letter.
// The log saved with the text comes back on a reload and carries on after its last key, so the server
// replays everything that wrote the restored text.
import { t } from './text.js';

const modifiers = new Set(['Control', 'Meta', 'Shift', 'Alt', 'AltGraph']);
const chordOf = (e) => ((e.ctrlKey || e.metaKey) && !e.altKey && !modifiers.has(e.key)
  ? `${e.ctrlKey ? 'Control' : 'Meta'}+${e.key}` : e.key);

function restored(keysInput) {
  try { return JSON.parse(keysInput.value || '[]').filter((k) => k && typeof k.k === 'string'); } catch { return []; }
}

export function createTyping({ area, keysInput, pastesInput, syntheticInput, note, offsetMs, onChange, integrity, ime = false }) {
  const keys = restored(keysInput);
  const down = new Map();
  const start = performance.now();
  offsetMs = Math.max(offsetMs, ...keys.map((k) => k.t + 1));
  let pastes = Number(pastesInput.value) || 0;
  let synthetic = Number(syntheticInput.value) || 0;
  let trusted = area.value;
  const now = () => Math.round(offsetMs + performance.now() - start);

  area.addEventListener('keydown', (e) => {
    const ev = { t: now(), k: chordOf(e), h: null, tr: e.isTrusted };
    keys.push(ev);
    if (!e.repeat) down.set(e.code || e.key, ev);
  });
  area.addEventListener('keyup', (e) => {
    const ev = down.get(e.code || e.key);
    if (ev) { ev.h = now() - ev.t; down.delete(e.code || e.key); }
  });
  // Chinese is typed through an input method: its keys are pinyin and candidate choices, so the text events are
  // logged too (composition start, update and end with their text; input events outside a composition with their
  // inputType) and the server scores what was committed. English logs keys only, as it always has.
  const text = (e, k) => {
    const ev = { t: now(), k, h: null, tr: e.isTrusted };
    if (typeof e.data === 'string') ev.d = e.data;
    keys.push(ev);
  };
  // Text shown while composing is not committed yet: a save made mid-composition keeps the text from before it.
  let beforeComposition = null;
  if (ime) {
    ['compositionstart', 'compositionupdate', 'compositionend'].forEach((name) => area.addEventListener(name, (e) => text(e, name)));
    area.addEventListener('compositionstart', () => { beforeComposition = area.value; });
    area.addEventListener('compositionend', () => { beforeComposition = null; });
    area.addEventListener('input', (e) => {
      if (!e.isComposing && e.inputType !== 'insertCompositionText') text(e, `input:${e.inputType}`);
    });
  }
  const block = (e, message) => {
    e.preventDefault();
    pastes++;
    note.textContent = t(message);
    onChange();
  };
  area.addEventListener('paste', (e) => block(e, 'Pasting is switched off in the typing test.'));
  area.addEventListener('drop', (e) => block(e, 'Dropping text is switched off in the typing test.'));
  area.addEventListener('input', (e) => {
    if (!e.isTrusted) {
      area.value = trusted;
      synthetic++;
      integrity.count('synthetic');
      return;
    }
    trusted = area.value;
    onChange();
  });

  return {
    value() {
      keysInput.value = JSON.stringify(keys);
      pastesInput.value = pastes;
      syntheticInput.value = synthetic;
      return { text: beforeComposition ?? area.value, keys, pastes, synthetic };
    },
  };
}
