// The page's own script (a file: the page's CSP allows no inline script).
const aukus = document.getElementById('aukus');
const lantern = document.getElementById('lantern');

for (const [timeline, log] of [
  [aukus, document.getElementById('aukus-log')],
  [lantern, document.getElementById('lantern-log')],
]) {
  timeline.addEventListener('timeline-select', (event) => {
    log.textContent = event.detail.id ? `Selected: ${event.detail.id}` : 'Closed';
  });
}

document.getElementById('show-us').addEventListener('click', () => aukus.setFilters({ countries: ['US'], actors: [], query: '' }));
document.getElementById('open-recall').addEventListener('click', () => aukus.select('france-recalls-ambassadors'));
