// Autosave queue: the latest answer per item, each with a rising sequence number, sent one at a time.
// It survives a lost connection (and a closed tab: it is mirrored in localStorage) and drains when
// the connection returns. The server keeps the answer with the highest sequence number, so a retry
// or a late delivery can never overwrite a newer answer. The numbers are the server's clock in ms, read on this page's
// monotonic clock: seqBase is the server's clock when it made the page, counted from when the page arrived (not from when
// this script ran, which a slow device or a busy machine can start seconds later), and every response's clock moves the
// reading up when it shows the page running behind. So on two pages of one attempt the answer given last wins. The
// reading never runs ahead of the server: each mark is the server's clock at or before a moment this page saw. When
// the server holds a newer answer than the one sent (onStale), the page is out of date.
// An answer the server refuses for good (400 and other client errors but 409 and 429) cannot succeed by retrying: it
// leaves the queue and onRejected tells the page, which tells the candidate — it is never dropped in silence.
export function createAutosave({ url, token, storageKey, seqBase, onResponse, onOffline, onOnline, onClosed, onStale, onRejected }) {
  const load = () => { try { return JSON.parse(localStorage.getItem(storageKey) || '{}'); } catch { return {}; } };
  const queue = load();
  // Server clock minus this page's clock; the response's first byte came after the server stamped seqBase.
  const arrived = performance.getEntriesByType?.('navigation')[0]?.responseStart;
  let offset = seqBase - (arrived > 0 ? arrived : performance.now());
  let seq = Math.max(seqBase, ...Object.values(queue).map((q) => q.seq || 0));
  const nextSeq = () => (seq = Math.max(seq + 1, Math.floor(performance.now() + offset)));
  // A response stamped `clock` by the server arrived now: the server's clock is at least that.
  const heard = (clock) => { if (clock > 0) offset = Math.max(offset, clock - performance.now()); };
  let sending = false, offline = false, closed = false, retry = null, backoff = 1000;
  let idle = [];

  const persist = () => { try { localStorage.setItem(storageKey, JSON.stringify(queue)); } catch { /* storage full or off: memory still holds it */ } };
  const settle = () => { if (Object.keys(queue).length === 0) { idle.forEach((r) => r()); idle = []; } };

  async function pump() {
    clearTimeout(retry);
    if (sending || closed) return;
    const next = Object.values(queue).sort((a, b) => a.seq - b.seq)[0];
    if (!next) { settle(); return; }
    sending = true;
    try {
      const res = await fetch(url, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
        body: JSON.stringify(next),
      });
      if (res.status >= 500 || res.status === 0) throw new Error(`server ${res.status}`);
      if (res.status === 429) {
        // Too many saves: keep the answer queued and send it again when the server says (Retry-After, in seconds).
        const after = Number(res.headers.get('Retry-After'));
        sending = false;
        retry = setTimeout(pump, after > 0 ? after * 1000 : backoff);
        backoff = Math.min(backoff * 2, 15000);
        return;
      }
      const body = await res.json().catch(() => null);
      if (queue[next.itemId] && queue[next.itemId].seq === next.seq) delete queue[next.itemId];
      persist();
      backoff = 1000;
      if (offline) { offline = false; onOnline(); }
      sending = false;
      if (res.status === 409) { closed = true; onClosed(body); idle.forEach((r) => r()); return; }
      if (!res.ok) { onRejected?.(next.itemId, body); pump(); return; }
      heard(body?.clock);
      if (body) onResponse(body);
      if (body?.status === 'stale' && onStale) onStale(next.itemId);
      pump();
    } catch {
      sending = false;
      if (!offline) { offline = true; onOffline(); }
      retry = setTimeout(pump, backoff);
      backoff = Math.min(backoff * 2, 15000);
    }
  }

  window.addEventListener('online', pump);
  if (Object.keys(queue).length > 0) pump();

  return {
    put(itemId, value) { queue[itemId] = { itemId, seq: nextSeq(), value }; persist(); pump(); },
    // Resolves when everything queued has reached the server, or after timeoutMs (the form post carries the rest).
    flush(timeoutMs) {
      if (Object.keys(queue).length === 0 || closed) return Promise.resolve();
      pump();
      return new Promise((resolve) => { idle.push(resolve); setTimeout(resolve, timeoutMs); });
    },
    // What is queued and not yet acknowledged, oldest first.
    pending() { return Object.values(queue).sort((a, b) => a.seq - b.seq); },
    // The highest number this page has given an answer (or was loaded with): a stored number above it came from elsewhere.
    get seq() { return seq; },
    // Heartbeats (and other requests) report the server's clock here too.
    heard,
    get offline() { return offline; },
    set offline(v) { if (v && !offline) { offline = true; onOffline(); } else if (!v && offline) { offline = false; onOnline(); pump(); } },
  };
}
