// Spherical trigonometry for building test geometry independently of the code under test
// (standard great-circle formulas on a sphere of radius 6371.0088 km, the mean Earth radius).
export const R_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

/** The point reached by travelling `km` from `from` on initial bearing `bearingDeg`. */
export function destination(from: readonly number[], bearingDeg: number, km: number): [number, number] {
  const lon1 = rad(from[0] as number);
  const lat1 = rad(from[1] as number);
  const delta = km / R_KM;
  const theta = rad(bearingDeg);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(delta) + Math.cos(lat1) * Math.sin(delta) * Math.cos(theta));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(lat1), Math.cos(delta) - Math.sin(lat1) * Math.sin(lat2));
  return [deg(lon2), deg(lat2)];
}

/** Initial great-circle bearing from a to b, degrees clockwise from north. */
export function bearing(a: readonly number[], b: readonly number[]): number {
  const lat1 = rad(a[1] as number);
  const lat2 = rad(b[1] as number);
  const dLon = rad((b[0] as number) - (a[0] as number));
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return deg(Math.atan2(y, x));
}

/** Haversine distance in km. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const dLat = rad((b[1] as number) - (a[1] as number));
  const dLon = rad((b[0] as number) - (a[0] as number));
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1] as number)) * Math.cos(rad(b[1] as number)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.sqrt(h));
}

/** The point a fraction f of the way from a to b along the great circle. */
export function alongGreatCircle(a: readonly number[], b: readonly number[], f: number): [number, number] {
  return destination(a, bearing(a, b), f * haversineKm(a, b));
}

/**
 * A point `km` to the side of the great circle through a and b, level with the point a fraction f
 * along it. Travelling at right angles to a great circle keeps to the perpendicular great circle,
 * so the distance from the result to the line a–b is exactly `km` (for 0 < f < 1).
 */
export function offsetFromSegment(a: readonly number[], b: readonly number[], f: number, km: number, side: 1 | -1): [number, number] {
  const foot = alongGreatCircle(a, b, f);
  return destination(foot, bearing(foot, b) + 90 * side, km);
}
