// Adding to or removing from a list of ids without changing it in place.
export function toggled<T>(list: readonly T[], item: T, on = !list.includes(item)): T[] {
  const without = list.filter((each) => each !== item);
  return on ? [...without, item] : without;
}
