/** Fewest points a trend is drawn from: two points are a comparison, not a trend. */
export const MIN_TREND_POINTS = 3
