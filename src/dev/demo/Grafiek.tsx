import React from 'react';
import type { FakeBlock, FakeChart } from '../fakeExcel';
import { formatCell, type CellValue } from '../../sheet';
import { barPlace, BOTTOM, COLOURS, H, type Plot, TOP, valueScale, W } from './grafiekVlak';
import { Balken } from './GrafiekBalken';

const LEFT = 64;

/** The cells of a block, top to bottom (then left to right). */
export type ReadBlock = (block: FakeBlock) => CellValue[];

// Columns per category and series, up from 0; the value axis labels at the left.
function Kolommen({ series, labels, format, overlap }: Plot) {
  const { high, span, ticks } = valueScale({ series, labels, format, overlap });
  const y = (v: number) => TOP + ((high - v) / span) * (H - TOP - BOTTOM);
  const group = (W - LEFT) / Math.max(1, labels.length);
  return (
    <g data-richting="kolommen">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={W} y1={y(v)} y2={y(v)} stroke="#e1dfdd" />
          <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" fontSize="10">
            {formatCell(v, format)}
          </text>
        </g>
      ))}
      {series.map((s, k) =>
        s.values.map((v, i) => {
          const { offset, thickness } = barPlace(group, series.length, k, overlap);
          return (
            <rect
              key={`${k}-${i}`}
              x={LEFT + i * group + offset}
              y={Math.min(y(v), y(0))}
              width={thickness}
              height={Math.abs(y(v) - y(0))}
              fill={COLOURS[k % COLOURS.length]}
            >
              <title>{`${s.name}, ${labels[i] ?? ''}: ${formatCell(v, format)}`}</title>
            </rect>
          );
        }),
      )}
      {labels.map((label, i) => (
        <text key={i} x={LEFT + (i + 0.5) * group} y={H - BOTTOM + 14} textAnchor="middle" fontSize="10">
          {label}
        </text>
      ))}
    </g>
  );
}

/**
 * A clustered column or bar chart as Excel draws one, simply: title, bars per category and
 * series, value axis labels in the chart's number format, category labels and a legend.
 */
export function Grafiek({ chart, read }: { chart: FakeChart; read: ReadBlock }) {
  const series = chart.series.map((s) => ({
    name: s.name,
    values: s.values ? read(s.values).map((v) => (typeof v === 'number' ? v : 0)) : [],
  }));
  const xValues = chart.series.find((s) => s.xValues)?.xValues;
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const labels = xValues ? read(xValues).map((v) => formatCell(v)) : Array.from({ length: count }, (_, i) => String(i + 1));
  const format = chart.valueFormat === 'General' ? undefined : chart.valueFormat;
  const plot: Plot = { series, labels, format, overlap: chart.overlap };
  // The legend's entries side by side, each at least 110 px: two long names (a tornado's) do not run into each other.
  const legendStep = Math.max(110, (W - LEFT) / Math.max(1, series.length));
  return (
    <figure className="grafiek" aria-label={`Grafiek ${chart.title}`} data-anchor={chart.anchor ?? 'A1'}>
      <svg width={W} height={H + 20} role="img">
        <text x={W / 2} y={16} textAnchor="middle" fontWeight="600">
          {chart.title}
        </text>
        {chart.chartType.startsWith('Bar') ? <Balken {...plot} omgekeerd={chart.categoriesReversed} /> : <Kolommen {...plot} />}
        {series.map((s, k) => (
          <text key={k} x={LEFT + k * legendStep} y={H + 12} fontSize="10" fill={COLOURS[k % COLOURS.length]}>
            ■ {s.name}
          </text>
        ))}
      </svg>
    </figure>
  );
}
