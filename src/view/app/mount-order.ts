// Mounting parts of the page so that a failure leaves nothing half mounted and keeps what was shown.

/** What a mount gives back: undoes it. */
export type Dispose = () => void;

/**
 * Mounts each part in order and gives back one dispose (last part first). If a part throws, the
 * parts already mounted are disposed and the error is rethrown.
 */
export function mountInOrder(parts: readonly (() => Dispose)[]): Dispose {
  const mounted: Dispose[] = [];
  const disposeAll = () => {
    for (const dispose of mounted.splice(0).reverse()) dispose();
  };
  try {
    for (const part of parts) mounted.push(part());
  } catch (error) {
    disposeAll();
    throw error;
  }
  return disposeAll;
}

/** Mounts the next view before disposing the current one: if mounting throws, the current one stays. */
export function swapMounted(current: Dispose, mountNext: () => Dispose): Dispose {
  const next = mountNext();
  current();
  return next;
}
