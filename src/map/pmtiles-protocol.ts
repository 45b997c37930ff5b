// Lets MapLibre read `pmtiles://` URLs: tiles come out of the archives with HTTP range requests.
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

/** Registers the protocol once; later calls do nothing. */
export function registerPmtilesProtocol(): void {
  if (registered) return;
  // metadata: true gives MapLibre the archive's TileJSON (layers, zooms, bounds, attribution).
  const protocol = new Protocol({ metadata: true });
  addProtocol('pmtiles', protocol.tile);
  registered = true;
}
