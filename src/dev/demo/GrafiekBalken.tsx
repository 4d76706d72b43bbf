import React from 'react';
import { formatCell } from '../../sheet';
import { barPlace, BOTTOM, COLOURS, H, type Plot, TOP, valueScale, W } from './grafiekVlak';

const LEFT = 150; // room for a verdeelsleutel's name

/**
 * A clustered bar chart as Excel draws one: the categories up the left, the first at the
 * bottom, their labels at the far left; the values along the bottom with a line at 0, a
 * negative bar left of it and a positive one right; overlapping bars (a tornado) over each other.
 */
export function Balken({ series, labels, format, overlap }: Plot) {
  const { low, span, ticks } = valueScale({ series, labels, format, overlap });
  const x = (v: number) => LEFT + ((v - low) / span) * (W - LEFT - 8);
  const band = (H - TOP - BOTTOM) / Math.max(1, labels.length);
  const y = (i: number) => H - BOTTOM - (i + 1) * band; // the first category at the bottom
  return (
    <g data-richting="balken">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={TOP} y2={H - BOTTOM} stroke="#e1dfdd" />
          <text x={x(v)} y={H - BOTTOM + 14} textAnchor="middle" fontSize="10">
            {formatCell(v, format)}
          </text>
        </g>
      ))}
      {series.map((s, k) =>
        s.values.map((v, i) => {
          const { offset, thickness } = barPlace(band, series.length, k, overlap);
          return (
            <rect
              key={`${k}-${i}`}
              x={Math.min(x(v), x(0))}
              y={y(i) + band - offset - thickness}
              width={Math.abs(x(v) - x(0))}
              height={thickness}
              fill={COLOURS[k % COLOURS.length]}
            >
              <title>{`${s.name}, ${labels[i] ?? ''}: ${formatCell(v, format)}`}</title>
            </rect>
          );
        }),
      )}
      <line x1={x(0)} x2={x(0)} y1={TOP} y2={H - BOTTOM} stroke="#595959" data-nul="" />
      {labels.map((label, i) => (
        <text key={i} x={LEFT - 6} y={y(i) + band / 2 + 4} textAnchor="end" fontSize="10">
          {label}
        </text>
      ))}
    </g>
  );
}
