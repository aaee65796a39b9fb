// A small typed store: holds one state, applies pure changes to it and tells listeners.
type Change<S> = (state: S) => S;
type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(change: Change<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
