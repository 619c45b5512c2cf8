/*
 * Keeps vis-timeline's own XSS filter on for PrimeFaces' p:timeline.
 *
 * PrimeFaces switches the filter off for every timeline (xss: {disabled: true}, set in the widget
 * right before it creates the vis timeline) because it lets any Faces component draw an item and the
 * filter strips the classes and styles such components write (PrimeFaces issue 7217). Our items are
 * text the server has already escaped, so the filter costs nothing and catches what escaping might
 * miss. The timeline names this function as its extender; PrimeFaces calls it before it renders, and
 * it makes the widget's later assignment to opts.xss a no-op.
 */
window.smartcityTimeline = {
  keepXssProtection: function () {
    "use strict";
    // filterOptions {} means vis' default filter (the js-xss library's white list).
    var protection = Object.freeze({ disabled: false, filterOptions: {} });
    Object.defineProperty(this.cfg.opts, "xss", {
      enumerable: true,
      configurable: false,
      get: function () {
        return protection;
      },
      set: function () {
        // PrimeFaces' {disabled: true} is ignored on purpose.
      }
    });
  }
};
