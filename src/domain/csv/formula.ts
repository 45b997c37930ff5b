/**
 * CSV injection: a cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+…", "-…", "@…", a leading tab or
 * CR, also their full-width forms) is written with a leading apostrophe, so opening the sheet never runs anything;
 * the importer takes that apostrophe off again, so the round trip is unchanged.
 * (Papa's own `escapeFormulae: true` misses cells with line breaks: its pattern is /^[=+\-@\t\r].*$/.)
 */
const STARTS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';

/** A cell that must be defused on export. */
export const FORMULA_START = new RegExp(`^[${STARTS}]`);

/** The apostrophe the exporter put before such a cell. */
export const DEFUSED_FORMULA = new RegExp(`^'(?=[${STARTS}])`);
