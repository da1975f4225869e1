// Progressive enhancement for the public service map pages: a Leaflet map beside the result list,
// built from the list items' data-lat/data-lon. Tiles only when a tile URL is configured; without
// them the markers still show where services are relative to each other.
import * as L from '/servicemap-leaflet/leaflet-src.esm.js';

const printButton = document.querySelector('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}

const wrap = document.querySelector('[data-map-wrap]');
const el = document.getElementById('service-map');
const items = [...document.querySelectorAll('.sm-results [data-lat][data-lon]')];
if (wrap && el && items.length) {
  wrap.hidden = false;
  const map = L.map(el, { scrollWheelZoom: false });
  const tiles = el.dataset.tileUrl;
  if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: '&copy; OpenStreetMap' }).addTo(map);
  const points = [];
  for (const li of items) {
    const lat = Number(li.dataset.lat);
    const lon = Number(li.dataset.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    points.push([lat, lon]);
    const link = document.createElement('a');
    link.href = li.dataset.href;
    link.textContent = li.dataset.name;
    L.marker([lat, lon], { title: li.dataset.name, alt: li.dataset.name }).bindPopup(link).addTo(map);
  }
  if (points.length === 1) map.setView(points[0], 14);
  else map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
}
