// Tells the server the reader's time zone (as the browser names it, e.g. "Europe/London"), so deadlines are shown
// in the reader's own time. A cookie, not a request: the next page uses it.
(() => {
  let zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch { return; }
  if (!zone || zone.length > 64) return;
  const current = document.cookie.split('; ').find(c => c.startsWith('hiring-tz='));
  if (current === 'hiring-tz=' + encodeURIComponent(zone)) return;
  document.cookie = 'hiring-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '');
})();
