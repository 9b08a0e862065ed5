// @ts-check
/**
 * Thumbnails drawn on the fly as SVG: the entry's name and the timecode shown, on a colour
 * derived from the entry id. Entry names are untrusted text and are escaped.
 */
import { escapeXml } from './xml.js';

const DEFAULT_WIDTH = 120;
const DEFAULT_HEIGHT = 90;
const MAX_SIDE = 4096;

/** @param {number} seconds */
function timecode(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
  const rest = String(whole % 60).padStart(2, '0');
  return hours ? `${hours}:${minutes}:${rest}` : `${minutes}:${rest}`;
}

/** @param {string} id */
function hueOf(id) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

/**
 * @param {number} value
 * @param {number} fallback
 */
function side(value, fallback) {
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.round(value), MAX_SIDE) : fallback;
}

/**
 * @param {Record<string, any>} entry
 * @param {{ second: number, width: number, height: number }} options `second` is relative to the
 *   entry; for a clip the timecode shown is the source's (clip offset + second)
 */
export function renderThumbnail(entry, { second, width, height }) {
  const w = side(width, height >= 1 ? Math.round((side(height, DEFAULT_HEIGHT) * 4) / 3) : DEFAULT_WIDTH);
  const h = side(height, Math.round((w * 3) / 4));
  const offset = entry._clip ? entry._clip.offsetMs / 1000 : 0;
  const shown = timecode(offset + (Number.isFinite(second) ? second : 0));
  const hue = hueOf(String(entry.id));
  const fontSize = Math.max(8, Math.round(Math.min(w / 12, h / 6)));
  const name = escapeXml(String(entry.name ?? entry.id).slice(0, 80));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<rect width="100%" height="100%" fill="hsl(${hue} 45% 30%)"/>` +
    `<text x="50%" y="45%" fill="#fff" font-family="sans-serif" font-size="${fontSize}" text-anchor="middle">${name}</text>` +
    `<text x="50%" y="75%" fill="#ddd" font-family="monospace" font-size="${fontSize}" text-anchor="middle">${shown}</text>` +
    '</svg>'
  );
}
