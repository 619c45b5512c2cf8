/*
 * The dashboard's money charts (PrimeFaces' p:chart on Chart.js), named as each chart's extender:
 * PrimeFaces calls smartcityCharts.money before the chart is drawn. It formats the value axis and
 * the tooltips as euros in the page's language (the lang of <html>): "10.000.000 €" on a German
 * page, "€10,000,000" on an English one. It lives in this file, not in the page, because the
 * Content-Security-Policy allows no inline script.
 */
window.smartcityCharts = {
  money: function () {
    "use strict";
    var language = document.documentElement.lang || "de";
    var whole = new Intl.NumberFormat(language, {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0
    });
    var exact = new Intl.NumberFormat(language, { style: "currency", currency: "EUR" });
    var options = this.cfg.config.options || (this.cfg.config.options = {});
    var scales = options.scales || (options.scales = {});
    var y = scales.y || (scales.y = {});
    y.ticks = Object.assign({}, y.ticks, {
      callback: function (value) {
        return whole.format(value);
      }
    });
    var plugins = options.plugins || (options.plugins = {});
    plugins.tooltip = Object.assign({}, plugins.tooltip, {
      callbacks: {
        label: function (item) {
          return (item.dataset.label ? item.dataset.label + ": " : "") + exact.format(item.parsed.y);
        }
      }
    });
  }
};
