/**
 * How a chart marks its values, decided by its axis: bars on a linear axis, whose length is the value;
 * dots on a thin stem on a log axis, where a bar's length would misstate the ratio between two values.
 * Tiny and free of Chart.js, so that the chart's frame can say what it draws before Chart.js loads.
 */
export type ChartMark = 'bar' | 'dot'

/** The mark of a chart on a log (`true`) or linear axis; also the Chart.js dataset type that draws it. */
export function markFor(log: boolean): ChartMark {
  return log ? 'dot' : 'bar'
}
