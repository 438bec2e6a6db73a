/**
 * What the dashboards' pages, sheets and big screen share: a year's figures in one order with their
 * labels and the lists behind them, and the year asked for.
 */
package org.gongjian.web.dashboard;
