// A Leaflet map of services (markers only without a configured tile URL). The list beside it is
// the accessible way to the same services; the map is an aid for showing where a service is.
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { StaffService } from '../../../../src/shared/contracts/servicemap/services';

export function ServiceMap({
  services,
  tileUrl,
  label,
  large = false,
}: {
  services: Pick<StaffService, 'name' | 'locations'>[];
  tileUrl: string;
  label: string;
  large?: boolean;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, { scrollWheelZoom: false });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18, attribution: '&copy; OpenStreetMap' }).addTo(map);
    const points: [number, number][] = [];
    for (const s of services) {
      for (const l of s.locations) {
        if (l.latitude === null || l.longitude === null) continue;
        points.push([l.latitude, l.longitude]);
        L.circleMarker([l.latitude, l.longitude], { radius: large ? 14 : 8, color: '#003479', fillOpacity: 0.8 })
          .bindTooltip(s.name.fi, { permanent: large })
          .addTo(map);
      }
    }
    if (points.length === 1) map.setView(points[0], large ? 15 : 13);
    else if (points.length) map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
    else map.setView([62.79, 22.84], 9);
    return () => {
      map.remove();
    };
  }, [services, tileUrl, large]);
  return (
    <div
      ref={el}
      className="sm-worker-map"
      data-qa="service-map"
      role="region"
      aria-label={label}
      style={{ height: large ? '50vh' : '60vh', minHeight: '16rem', border: '1px solid #c8cdd0' }}
    />
  );
}
