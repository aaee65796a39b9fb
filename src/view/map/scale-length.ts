// The scale bar's length (pure): a round distance (1, 2 or 5 × 10^n km) that fits in the bar's room.

export interface ScaleLength {
  km: number;
  pixels: number;
}

/** The largest 1, 2 or 5 × 10^n not above `km` (km > 0). */
export function roundDownKm(km: number): number {
  const power = 10 ** Math.floor(Math.log10(km));
  const step = [5, 2, 1].find((factor) => factor * power <= km) ?? 1;
  return step * power;
}

/** The bar for a map at `kmPerPixel`, at most `maxPixels` wide. */
export function scaleLength(kmPerPixel: number, maxPixels: number): ScaleLength {
  const km = roundDownKm(kmPerPixel * maxPixels);
  return { km, pixels: km / kmPerPixel };
}
