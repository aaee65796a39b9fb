// A binary min-heap of places keyed by cost, on typed arrays (no allocation per push).

export class PlaceHeap {
  private keys: Float64Array;
  private places: Int32Array;
  size = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.places = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, place: number): void {
    if (this.size === this.keys.length) this.grow();
    let hole = this.size++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentKey = this.keys[parent] as number;
      if (parentKey <= key) break;
      this.keys[hole] = parentKey;
      this.places[hole] = this.places[parent] as number;
      hole = parent;
    }
    this.keys[hole] = key;
    this.places[hole] = place;
  }

  /** Key of the smallest entry; read it before pop(). */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the smallest entry and returns its place. */
  pop(): number {
    const top = this.places[0] as number;
    const last = --this.size;
    const key = this.keys[last] as number;
    const place = this.places[last] as number;
    let hole = 0;
    for (let child = 1; child < last; child = 2 * hole + 1) {
      const right = child + 1;
      if (right < last && (this.keys[right] as number) < (this.keys[child] as number))
        child = right;
      if ((this.keys[child] as number) >= key) break;
      this.keys[hole] = this.keys[child] as number;
      this.places[hole] = this.places[child] as number;
      hole = child;
    }
    this.keys[hole] = key;
    this.places[hole] = place;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const places = new Int32Array(this.places.length * 2);
    keys.set(this.keys);
    places.set(this.places);
    this.keys = keys;
    this.places = places;
  }
}
