import React from 'react';
import type { FakeBlock, FakeChart } from '../fakeExcel';
import { formatCell, type CellValue } from '../../sheet';

const [W, H, LEFT, BOTTOM, TOP] = [520, 220, 64, 36, 28]; // wide enough for the title of a chart of the Totaalbeeld
const COLOURS = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47'];
const TICKS = 4;

/** The cells of a block, top to bottom (then left to right). */
export type ReadBlock = (block: FakeBlock) => CellValue[];

/**
 * A clustered column chart as Excel draws one, simply: title, bars per category and series,
 * value axis labels in the chart's number format, category labels and a legend.
 */
export function Grafiek({ chart, read }: { chart: FakeChart; read: ReadBlock }) {
  const series = chart.series.map((s) => ({
    name: s.name,
    values: s.values ? read(s.values).map((v) => (typeof v === 'number' ? v : 0)) : [],
  }));
  const xValues = chart.series.find((s) => s.xValues)?.xValues;
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const labels = xValues ? read(xValues).map((v) => formatCell(v)) : Array.from({ length: count }, (_, i) => String(i + 1));
  const all = series.flatMap((s) => s.values);
  const [low, high] = [Math.min(0, ...all), Math.max(0, ...all)];
  const span = high - low || 1;
  const y = (v: number) => TOP + ((high - v) / span) * (H - TOP - BOTTOM);
  const group = (W - LEFT) / Math.max(1, count);
  const bar = (group * 0.7) / Math.max(1, series.length);
  const format = chart.valueFormat === 'General' ? undefined : chart.valueFormat;
  return (
    <figure className="grafiek" aria-label={`Grafiek ${chart.title}`} data-anchor={chart.anchor ?? 'A1'}>
      <svg width={W} height={H + 20} role="img">
        <text x={W / 2} y={16} textAnchor="middle" fontWeight="600">
          {chart.title}
        </text>
        {Array.from({ length: TICKS + 1 }, (_, i) => low + (span * i) / TICKS).map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W} y1={y(v)} y2={y(v)} stroke="#e1dfdd" />
            <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" fontSize="10">
              {formatCell(v, format)}
            </text>
          </g>
        ))}
        {series.map((s, k) =>
          s.values.map((v, i) => (
            <rect
              key={`${k}-${i}`}
              x={LEFT + i * group + group * 0.15 + k * bar}
              y={Math.min(y(v), y(0))}
              width={bar}
              height={Math.abs(y(v) - y(0))}
              fill={COLOURS[k % COLOURS.length]}
            >
              <title>{`${s.name}, ${labels[i] ?? ''}: ${formatCell(v, format)}`}</title>
            </rect>
          )),
        )}
        {labels.map((label, i) => (
          <text key={i} x={LEFT + (i + 0.5) * group} y={H - BOTTOM + 14} textAnchor="middle" fontSize="10">
            {label}
          </text>
        ))}
        {series.map((s, k) => (
          <text key={k} x={LEFT + k * 110} y={H + 12} fontSize="10" fill={COLOURS[k % COLOURS.length]}>
            ■ {s.name}
          </text>
        ))}
      </svg>
    </figure>
  );
}
