/*
 * The dashboard's milestone timeline (PrimeFaces' p:timeline on vis-timeline), named as the
 * timeline's extender: PrimeFaces calls smartcityTimeline.configure before it renders.
 *
 * It keeps vis-timeline's own XSS filter on. PrimeFaces switches the filter off for every timeline
 * (xss: {disabled: true}, set in the widget right before it creates the vis timeline) because it
 * lets any Faces component draw an item and the filter strips the classes and styles such
 * components write (PrimeFaces issue 7217). Our items are text the server has already escaped, so
 * the filter costs nothing and catches what escaping might miss.
 *
 * It also labels the axis in the page's language (the lang of <html>) with the browser's Intl
 * formats: vis formats its labels with moment, which carries only English month and day names.
 */
window.smartcityTimeline = {
  configure: function () {
    "use strict";
    window.smartcityTimeline.keepXssProtection.call(this);
    window.smartcityTimeline.localiseAxis.call(this);
    window.smartcityTimeline.scrollByKeyboard.call(this);
    window.smartcityTimeline.showOnceOpened.call(this);
  },

  /*
   * Given a start and an end, vis-timeline stays hidden until a redraw that follows the first change
   * of its window (200 ms after it opened). A page that is quiet by then brings no redraw, and the
   * timeline stayed blank; one redraw after that first change shows it. PrimeFaces creates the
   * timeline right after this extender, so the listener is added in the next task, well before.
   */
  showOnceOpened: function () {
    "use strict";
    var widget = this;
    setTimeout(function () {
      var timeline = widget.instance;
      if (!timeline) {
        return;
      }
      var redraw = function () {
        timeline.off("rangechanged", redraw);
        timeline.redraw();
      };
      timeline.on("rangechanged", redraw);
    }, 0);
  },

  /*
   * The timeline is at most 600 px high and scrolls inside; its scrolling panels take the keyboard
   * focus, so that one can scroll them without a mouse (WCAG 2.1.1).
   */
  scrollByKeyboard: function () {
    "use strict";
    var id = this.id;
    this.cfg.opts.onInitialDrawComplete = function () {
      var panels = document.getElementById(id).querySelectorAll(".vis-panel.vis-left, .vis-panel.vis-center");
      Array.prototype.forEach.call(panels, function (panel) {
        panel.tabIndex = 0;
      });
    };
  },

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
  },

  localiseAxis: function () {
    "use strict";
    var language = document.documentElement.lang || "de";
    // PrimeFaces hands vis the city's wall-clock time as UTC (its timeZone attribute), so the
    // labels are formatted in UTC to show the city's day.
    function format(options) {
      var formatter = new Intl.DateTimeFormat(language, Object.assign({ timeZone: "UTC" }, options));
      return function (date) {
        return formatter.format(date.toDate());
      };
    }
    var minor = {
      weekday: format({ weekday: "short", day: "numeric" }),
      day: format({ day: "numeric" }),
      week: format({ day: "numeric", month: "short" }),
      month: format({ month: "short" }),
      year: format({ year: "numeric" })
    };
    var major = {
      weekday: format({ month: "long", year: "numeric" }),
      day: format({ month: "long", year: "numeric" }),
      week: format({ month: "long", year: "numeric" }),
      month: format({ year: "numeric" })
    };
    this.cfg.opts.format = {
      minorLabels: function (date, scale) {
        return minor[scale] ? minor[scale](date) : "";
      },
      majorLabels: function (date, scale) {
        return major[scale] ? major[scale](date) : "";
      }
    };
  }
};
