import React from 'react';
import { registerIcons } from 'office-ui-fabric-react/lib/Styling';

// The few icons the pane uses, as inline SVG: no icon font fetched from a CDN, no unused glyphs
// in the bundle. Names are Fabric's (MessageBar and Button ask for them by these names).
const svg = (...paths: string[]) => (
  <svg
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    aria-hidden="true"
  >
    {paths.map((d) => (
      <path key={d} d={d} />
    ))}
  </svg>
);

const CIRKEL = 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13';

registerIcons({
  icons: {
    Info: svg(CIRKEL, 'M8 7v4.5', 'M8 4.6v.1'),
    ErrorBadge: svg(CIRKEL, 'M5.5 5.5l5 5', 'M10.5 5.5l-5 5'),
    Completed: svg(CIRKEL, 'M5 8.2l2 2l4-4.4'),
    Clear: svg('M4 4l8 8', 'M12 4l-8 8'),
    More: (
      <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true">
        {[3, 8, 13].map((x) => (
          <circle key={x} cx={x} cy="8" r="1.4" />
        ))}
      </svg>
    ),
    ChevronDown: svg('M4 6l4 4l4-4'),
    ChevronRight: svg('M6 4l4 4l-4 4'),
    // The Weergave's spin button (decimals).
    ChevronUpSmall: svg('M5 9.5l3-3l3 3'),
    ChevronDownSmall: svg('M5 6.5l3 3l3-3'),
  },
});
