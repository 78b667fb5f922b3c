/**
 * Geometry of the site's static pictures: plain numbers for an SVG, computed at build time. The
 * components in `src/components/charts/` only draw what these functions return; the same data is
 * always shown in a table next to the picture.
 */

const DAY = 86_400_000;

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function addMonths(iso: string, n: number): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

export interface TimelinePointInput {
  id: string;
  /** ISO date. */
  date: string;
  status: 'past' | 'upcoming';
}

export interface TimelineLaneInput {
  id: string;
  label: string;
  points: TimelinePointInput[];
}

export interface TimelineOptions {
  /** Width of the whole picture in SVG units. */
  width: number;
  /** Room for the lane labels on the left. */
  labelWidth: number;
  /** Height of one lane. */
  laneHeight: number;
  /** Room for the axis labels below the lanes. */
  axisHeight: number;
  /** The date the facts were checked: drawn as a line, and the axis always includes it. */
  checked: string;
  /** Points of one lane closer than this are moved apart vertically. */
  minGap: number;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** First and last day of the axis (month starts). */
  from: string;
  to: string;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Quarter starts (or month starts on axes shorter than a year). */
  ticks: { date: string; x: number }[];
  checkedX: number;
  lanes: {
    id: string;
    label: string;
    y: number;
    points: (TimelinePointInput & { x: number; y: number })[];
  }[];
}

/**
 * A timeline with one lane per order (or one lane for a single order): the axis runs from the month
 * of the earliest date to the month after the latest, the date the facts were checked included.
 */
export function timelineGeometry(lanes: TimelineLaneInput[], o: TimelineOptions): TimelineGeometry {
  const dates = [o.checked, ...lanes.flatMap((l) => l.points.map((p) => p.date))].sort();
  const from = monthStart(dates[0]!);
  const to = addMonths(dates.at(-1)!, 1);
  const x0 = o.labelWidth;
  const x1 = o.width - 12;
  const span = days(to) - days(from);
  const x = (iso: string) =>
    Math.round((x0 + ((days(iso) - days(from)) / span) * (x1 - x0)) * 10) / 10;
  const months = Math.round(span / 30.44);
  const step = months > 12 ? 3 : 1;
  const ticks: TimelineGeometry['ticks'] = [];
  for (let d = from; d <= to; d = addMonths(d, 1)) {
    const m = Number(d.slice(5, 7));
    if ((m - 1) % step === 0) ticks.push({ date: d, x: x(d) });
  }
  const y0 = 8;
  const laid = lanes.map((lane, i) => {
    const y = y0 + i * o.laneHeight + o.laneHeight / 2;
    const sorted = [...lane.points].sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    );
    let clusterStart = -Infinity;
    let inCluster = 0;
    const points = sorted.map((p) => {
      const px = x(p.date);
      if (px - clusterStart < o.minGap) inCluster += 1;
      else {
        clusterStart = px;
        inCluster = 0;
      }
      // 0, -1, +1, -2, +2 … steps of 7 units around the lane's middle line.
      const offset =
        inCluster === 0 ? 0 : (inCluster % 2 === 1 ? -1 : 1) * Math.ceil(inCluster / 2) * 7;
      return { ...p, x: px, y: y + offset };
    });
    return { id: lane.id, label: lane.label, y, points };
  });
  const y1 = y0 + lanes.length * o.laneHeight;
  return {
    width: o.width,
    height: y1 + o.axisHeight,
    from,
    to,
    plot: { x0, x1, y0, y1 },
    ticks,
    checkedX: x(o.checked),
    lanes: laid,
  };
}

export interface MatrixOptions {
  labelWidth: number;
  /** Width of one column. */
  columnWidth: number;
  rowHeight: number;
  headerHeight: number;
}

export interface MatrixGeometry<C extends string> {
  width: number;
  height: number;
  columns: { id: C; x: number; count: number }[];
  rows: { id: string; label: string; column: C; y: number; x: number }[];
}

/**
 * Rows (the comparison topics) by columns (the relations): each row has its mark in the column of its
 * relation, and each column counts its marks. Columns keep the order given; rows keep theirs.
 */
export function matrixGeometry<C extends string>(
  rows: { id: string; label: string; column: C }[],
  columns: readonly C[],
  o: MatrixOptions,
): MatrixGeometry<C> {
  const colX = (i: number) => o.labelWidth + i * o.columnWidth + o.columnWidth / 2;
  return {
    width: o.labelWidth + columns.length * o.columnWidth,
    height: o.headerHeight + rows.length * o.rowHeight,
    columns: columns.map((c, i) => ({
      id: c,
      x: colX(i),
      count: rows.filter((r) => r.column === c).length,
    })),
    rows: rows.map((r, i) => {
      const col = columns.indexOf(r.column);
      if (col < 0)
        throw new Error(
          `Row "${r.id}" has column "${r.column}", which is not among ${columns.join(', ')}`,
        );
      return { ...r, y: o.headerHeight + i * o.rowHeight + o.rowHeight / 2, x: colX(col) };
    }),
  };
}

export interface StackedBarsOptions {
  /** Room for the row labels on the left. */
  labelWidth: number;
  /** Length of the longest bar (the row with the largest total). */
  barWidth: number;
  /** Room for the total after the longest bar. */
  totalWidth: number;
  rowHeight: number;
  barHeight: number;
  /** Space above the first row and below the last. */
  padding: number;
}

export interface StackedBarsGeometry<S extends string> {
  width: number;
  height: number;
  rows: {
    label: string;
    total: number;
    /** Top of the bar and the baseline of its label and total. */
    y: number;
    textY: number;
    /** Where the total is written: just after the bar's end. */
    totalX: number;
    segments: { key: S; count: number; x: number; width: number }[];
  }[];
}

/**
 * Horizontal stacked bars on one scale (the status chart: one bar per pillar, one segment per
 * status): the row with the largest total is `barWidth` long, every other in proportion, so bars can
 * be compared. Segments follow the order of `keys`; a key with no count has no segment. Lengths are
 * rounded to two decimals.
 */
export function stackedBarsGeometry<S extends string>(
  rows: readonly { label: string; counts: Readonly<Record<S, number>> }[],
  keys: readonly S[],
  o: StackedBarsOptions,
): StackedBarsGeometry<S> {
  const round = (n: number) => Math.round(n * 100) / 100;
  const totals = rows.map((r) => keys.reduce((n, k) => n + r.counts[k], 0));
  const max = Math.max(1, ...totals);
  return {
    width: o.labelWidth + o.barWidth + o.totalWidth,
    height: 2 * o.padding + rows.length * o.rowHeight,
    rows: rows.map((row, i) => {
      let x = o.labelWidth;
      const segments = keys
        .filter((k) => row.counts[k] > 0)
        .map((key) => {
          const width = round((row.counts[key] / max) * o.barWidth);
          const segment = { key, count: row.counts[key], x: round(x), width };
          x += width;
          return segment;
        });
      const y = o.padding + i * o.rowHeight;
      return {
        label: row.label,
        total: totals[i]!,
        y,
        textY: y + Math.round(o.barHeight * 0.7),
        totalX: round(x + 6),
        segments,
      };
    }),
  };
}
