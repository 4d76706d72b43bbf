import { useEffect, useState } from 'react';
import { BEGIN, paneReducer, type PaneActie, type PaneState } from './paneState';

/**
 * The pane's state outside React, so that the ribbon command (which runs while the pane may
 * be hidden) and the pane share one state: a run from the ribbon shows up in the pane.
 */
export interface PaneStore {
  getState(): PaneState;
  dispatch(actie: PaneActie): void;
  subscribe(luisteraar: () => void): () => void;
}

export function createPaneStore(begin: PaneState = BEGIN): PaneStore {
  let state = begin;
  const luisteraars = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(actie) {
      state = paneReducer(state, actie);
      luisteraars.forEach((l) => l());
    },
    subscribe(luisteraar) {
      luisteraars.add(luisteraar);
      return () => void luisteraars.delete(luisteraar);
    },
  };
}

/** The store's state, re-rendering on every change (React 17 has no useSyncExternalStore). */
export function usePaneState(store: PaneStore): PaneState {
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    setState(store.getState()); // a change between render and subscription
    return store.subscribe(() => setState(store.getState()));
  }, [store]);
  return state;
}
