/**
 * Charts drawn on the server as inline SVG with a table of the same figures beside them: no
 * script, readable on a phone and by a screen reader, printable. Used by the {@code gj:barChart} tag.
 */
package org.gongjian.web.chart;
