"use client";

// Columns drawn in SVG, two series side by side per group. The numbers are in the table beside it:
// the chart is one image with a summary for screen readers, each column titled for a pointer.

export type Series = { name: string; color: string; values: (number | null)[] };

const HEIGHT = 180;
const LEFT = 44;
const BOTTOM = 28;

/** The drawing's width; the image scales to its box. */
const WIDTH = 560;

/** Round numbers for the axis: 1, 2 or 5 times a power of ten, four steps or so (whole ones: the
 *  values are counts or whole minutes). */
function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

export function BarChart(props: {
  title: string;
  labels: string[];
  series: Series[];
  format?: (value: number) => string;
}) {
  const { labels, series, format = String } = props;
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const axis = ticks(max);
  const top = axis.at(-1) || 1;
  const groupWidth = Math.min(64, (WIDTH - LEFT - 8) / Math.max(1, labels.length));
  const gap = groupWidth > 12 ? 4 : 1;
  const barWidth = Math.max(0.5, (groupWidth - gap) / series.length);
  const width = WIDTH;
  const y = (value: number) => HEIGHT - (value / top) * HEIGHT + 8;
  // Every nth label: a quarter's days would overlap.
  const every = Math.max(1, Math.ceil(labels.length / 8));
  const summary = series
    .map((s) => `${s.name}: ${format(s.values.reduce<number>((sum, v) => sum + (v ?? 0), 0))} in all`)
    .join("; ");
  return (
    <figure className="min-w-0">
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-slate-900">{props.title}</span>
        {series.map((s) => (
          <span key={s.name} className="flex items-center gap-1.5 text-slate-700">
            <span aria-hidden className="size-2.5 rounded-sm" style={{ background: s.color }} />
            {s.name}
          </span>
        ))}
      </figcaption>
      <div className="mt-2">
        <svg
          role="img"
          aria-label={`${props.title}. ${summary}. The numbers are in the table below.`}
          viewBox={`0 0 ${width} ${HEIGHT + BOTTOM + 8}`}
          className="h-auto w-full text-slate-500"
        >
          {axis.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.2} />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="currentColor">
                {format(tick)}
              </text>
            </g>
          ))}
          {labels.map((label, i) => {
            const x = LEFT + i * groupWidth + gap / 2;
            return (
              <g key={label}>
                {series.map((s, j) => {
                  const value = s.values[i];
                  if (value == null) return null;
                  return (
                    <rect
                      key={s.name}
                      x={x + j * barWidth}
                      y={y(value)}
                      width={Math.max(0.5, barWidth - (barWidth > 3 ? 1 : 0))}
                      height={Math.max(0, HEIGHT + 8 - y(value))}
                      fill={s.color}
                      rx={1}
                    >
                      <title>{`${label}, ${s.name}: ${format(value)}`}</title>
                    </rect>
                  );
                })}
                {i % every === 0 && (
                  <text
                    x={x + (groupWidth - gap) / 2}
                    y={HEIGHT + 24}
                    textAnchor="middle"
                    fontSize={11}
                    fill="currentColor"
                  >
                    {label.length > 12 ? `${label.slice(0, 11)}…` : label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
