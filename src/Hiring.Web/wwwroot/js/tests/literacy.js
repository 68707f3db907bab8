// Search tasks: filter the records table as the candidate types (the server renders every row; this only hides).
import { t } from './text.js';

export function setUpFilters(root) {
  root.querySelectorAll('[data-filter-table]').forEach((input) => {
    const table = document.getElementById(input.dataset.filterTable);
    const count = document.getElementById(input.id.replace(/-filter$/, '-count'));
    input.addEventListener('input', () => {
      const q = input.value.trim().toLowerCase();
      let shown = 0;
      table.querySelectorAll('tbody tr').forEach((row) => {
        const match = q === '' || row.textContent.toLowerCase().includes(q);
        row.hidden = !match;
        if (match) shown++;
      });
      if (count) count.textContent = shown === 1 ? t('1 record') : t('{0} records', shown);
    });
  });
}
