// How heavy a network is to draw (pure): big networks get smaller places and cheaper drawing.

/** Above this many places and links together, the map draws plain lines and square-cheap points. */
const LARGE_NETWORK_ITEMS = 20_000;

/** Up to this many places, places keep their full size. */
const ROOMY_PLACES = 2_000;
const SMALLEST_PLACE_FACTOR = 0.3;

export interface DrawingLoad {
  /** Cheaper programs: 1-pixel lines for links, points for places; links hidden while moving. */
  large: boolean;
  /** Multiplies every place's size: crowded maps get smaller places. */
  placeFactor: number;
}

export function drawingLoad(places: number, links: number): DrawingLoad {
  const crowding = Math.sqrt(ROOMY_PLACES / Math.max(places, 1));
  return {
    large: places + links > LARGE_NETWORK_ITEMS,
    placeFactor: Math.max(SMALLEST_PLACE_FACTOR, Math.min(1, crowding)),
  };
}
