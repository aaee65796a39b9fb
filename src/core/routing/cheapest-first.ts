// Takes the cheapest item out of a small pool of candidates (first found wins a tie, for stable order).

export function takeCheapest<T extends { cost: number }>(pool: T[]): T | undefined {
  let best = -1;
  pool.forEach((item, position) => {
    const current = pool[best];
    if (!current || item.cost < current.cost) best = position;
  });
  return best < 0 ? undefined : pool.splice(best, 1)[0];
}
