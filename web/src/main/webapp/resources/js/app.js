/*
 * Asks before the user leaves a page with unsaved changes. A form marked with the class
 * "guarded" becomes dirty when one of its fields changes, and clean again when it is submitted
 * (by a full post or by PrimeFaces' ajax). Leaving a dirty page (link, reload, closing the tab)
 * makes the browser ask first; the browser words the question itself.
 */
(function () {
  "use strict";
  var dirty = new Set();

  document.addEventListener("input", markDirty, true);
  document.addEventListener("change", markDirty, true);

  function markDirty(event) {
    var form = event.target && event.target.form;
    if (form && form.classList.contains("guarded")) {
      dirty.add(form.id);
    }
  }

  document.addEventListener("submit", function (event) {
    dirty.delete(event.target.id);
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (dirty.size > 0) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // PrimeFaces saves by ajax; a save button calls clean(formId) when the save went through.
  window.smartcityForms = {
    isDirty: function () { return dirty.size > 0; },
    clean: function (formId) { dirty.delete(formId); }
  };
})();

/*
 * Text fields with a limit (<sc:limit of="..."/> sets data-limit and the two texts): a counter
 * under the field says how many characters are left, or how many are too many. The field has no
 * maxlength, so a pasted text is never cut; the server refuses a text that is too long with a
 * message next to the field. Fields that PrimeFaces renders anew after an ajax request get their
 * counter again.
 */
(function () {
  "use strict";

  function counterOf(field) {
    var id = field.id + "_left";
    var counter = document.getElementById(id);
    if (!counter) {
      counter = document.createElement("small");
      counter.id = id;
      counter.className = "char-count";
      field.insertAdjacentElement("afterend", counter);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", described ? described + " " + id : id);
    }
    return counter;
  }

  function count(field) {
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    var left = limit - field.value.length;
    var counter = counterOf(field);
    var template = left >= 0 ? field.getAttribute("data-limit-left") : field.getAttribute("data-limit-over");
    var text = (template || "{0}").replace("{0}", Math.abs(left).toLocaleString(document.documentElement.lang || undefined));
    // Only a real change is written: the page's observer would otherwise see its own writing.
    if (counter.textContent !== text) {
      counter.textContent = text;
    }
    counter.classList.toggle("char-count-over", left < 0);
  }

  function countAll(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("[data-limit]").forEach(count);
  }

  document.addEventListener("input", function (event) {
    if (event.target && event.target.hasAttribute && event.target.hasAttribute("data-limit")) {
      count(event.target);
    }
  }, true);

  /*
   * A page states its filter as an address (data-address on any element, e.g. "?status=PLANNED");
   * after every change the browser's address shows it, without a reload, so that the view can be
   * bookmarked and comes back from its address.
   */
  function followAddress(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("[data-address]").forEach(function (element) {
      var wanted = window.location.pathname + element.getAttribute("data-address");
      if (wanted !== window.location.pathname + window.location.search) {
        window.history.replaceState(window.history.state, "", wanted);
      }
    });
  }

  function enhance() {
    countAll(document);
    followAddress(document);
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance();
    new MutationObserver(function (changes) {
      if (changes.some(function (change) { return change.addedNodes.length > 0; })) {
        enhance();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
