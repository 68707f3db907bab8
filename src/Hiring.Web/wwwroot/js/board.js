// The pipeline board: drag a card to a column, or press the arrow keys on a focused card, and the move
// is posted as the card's own form would post it (the server applies the bulk actions' rules). The
// answer is announced in the live region; a refused move changes nothing on the page either.
const board = document.getElementById('board');
const live = document.getElementById('board-live');
const token = board.querySelector('input[name=__RequestVerificationToken]').value;
const columns = [...board.querySelectorAll('.board-column')];
const forward = (card) => card.dataset.moves.split(' ').filter((s) => s && s !== 'Rejected' && s !== 'Withdrawn');
let dragged = null;

function announce(message, refused) {
  live.textContent = '';
  live.classList.toggle('board-refused', refused);
  // A fresh node, so a screen reader announces the same sentence twice in a row too.
  requestAnimationFrame(() => { live.textContent = message; });
}

function columnOf(stage) { return columns.find((c) => c.dataset.stage === stage); }

function count(column, delta) {
  const badge = column.querySelector('.board-count');
  badge.textContent = String(Number(badge.textContent) + delta);
}

function place(card, outcome) {
  const from = card.closest('.board-column');
  const to = columnOf(outcome.stage);
  const score = Number(card.dataset.score || -1);
  const list = to.querySelector('.board-cards');
  const after = [...list.children].find((c) => Number(c.dataset.score || -1) < score);
  list.insertBefore(card, after || null);
  count(from, -1);
  count(to, 1);
  card.dataset.stage = outcome.stage;
  card.dataset.moves = outcome.moves.map((m) => m.value).join(' ');
  const details = card.querySelector('.board-move');
  if (details && outcome.moves.length === 0) details.remove();
  else if (details) {
    details.open = false;
    const select = details.querySelector('select');
    select.replaceChildren(...outcome.moves.map((m) => new Option(m.name, m.value)));
    details.querySelector('input[name=reason]').value = '';
  }
  card.focus();
}

async function send(card, stage, reason) {
  const body = new FormData();
  body.set('__RequestVerificationToken', token);
  body.set('id', card.dataset.id);
  body.set('to', stage);
  body.set('reason', reason || '');
  try {
    const res = await fetch(board.dataset.moveUrl, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const outcome = await res.json();
    if (outcome.done) place(card, outcome);
    announce(outcome.message, !outcome.done);
  } catch {
    announce(board.dataset.offline, true);
  }
}

/** A move to Rejected needs a reason: open the card's form with Rejected chosen instead of posting. */
function ask(card, stage) {
  const details = card.querySelector('.board-move');
  if (stage !== 'Rejected' || !details || !card.dataset.moves.split(' ').includes('Rejected')) return false;
  details.open = true;
  details.querySelector('select').value = 'Rejected';
  details.querySelector('input[name=reason]').focus();
  announce(board.dataset.rejectHint, true);
  return true;
}

function move(card, stage) {
  if (stage === card.dataset.stage || ask(card, stage)) return;
  send(card, stage, '');
}

board.addEventListener('submit', (e) => {
  const form = e.target.closest('.board-form');
  if (!form) return;
  e.preventDefault();
  const data = new FormData(form);
  send(form.closest('.board-card'), data.get('to'), data.get('reason'));
});

board.addEventListener('dragstart', (e) => {
  dragged = e.target.closest('.board-card');
  if (!dragged) return;
  e.dataTransfer.setData('text/plain', dragged.dataset.id);
  e.dataTransfer.effectAllowed = 'move';
  dragged.classList.add('board-dragging');
});

board.addEventListener('dragend', () => {
  dragged?.classList.remove('board-dragging');
  columns.forEach((c) => c.classList.remove('board-over'));
});

// Every column takes the drop, allowed or not: the server's refusal is what the recruiter reads.
board.addEventListener('dragover', (e) => {
  const column = e.target.closest('.board-column');
  if (!column || !dragged) return;
  e.preventDefault();
  columns.forEach((c) => c.classList.toggle('board-over', c === column));
});

board.addEventListener('drop', (e) => {
  const column = e.target.closest('.board-column');
  if (!column || !dragged) return;
  e.preventDefault();
  const card = dragged;
  dragged = null;
  columns.forEach((c) => c.classList.remove('board-over'));
  move(card, column.dataset.stage);
});

// Right: the card's next stage forward (or the next column, which the server refuses); left: the previous column.
board.addEventListener('keydown', (e) => {
  const card = e.target;
  if (!card.classList?.contains('board-card') || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
  e.preventDefault();
  const at = columns.indexOf(card.closest('.board-column'));
  const next = e.key === 'ArrowRight' ? (forward(card)[0] || columns[at + 1]?.dataset.stage) : columns[at - 1]?.dataset.stage;
  if (next) move(card, next);
});
