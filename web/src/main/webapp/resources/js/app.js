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
