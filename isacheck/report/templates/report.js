// Tabs and the assembly panel. Everything is already in the page; this only shows and hides.
(function () {
  "use strict";
  function selectTab(id) {
    var tabs = document.querySelectorAll("[role=tab]");
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i].getAttribute("aria-controls") === id;
      tabs[i].setAttribute("aria-selected", on ? "true" : "false");
      tabs[i].tabIndex = on ? 0 : -1;
    }
    var panels = document.querySelectorAll("[role=tabpanel]");
    for (var j = 0; j < panels.length; j++) { panels[j].hidden = panels[j].id !== id; }
    centreSelected(document.getElementById(id));
  }
  // Bring the selected (at first: the costliest) source line into the middle of its box.
  function centreSelected(panel) {
    if (!panel) { return; }
    var row = panel.querySelector("tr.selected");
    var box = panel.querySelector(".source");
    if (row && box) {
      box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 2;
    }
  }
  function showAsm(row) {
    var panel = row.closest("[role=tabpanel]");
    var blocks = panel.querySelectorAll(".asm-block");
    for (var i = 0; i < blocks.length; i++) { blocks[i].hidden = blocks[i].id !== row.dataset.asm; }
    var rows = panel.querySelectorAll("tr.selected");
    for (var k = 0; k < rows.length; k++) { rows[k].classList.remove("selected"); rows[k].setAttribute("aria-pressed", "false"); }
    row.classList.add("selected");
    row.setAttribute("aria-pressed", "true");
    var hint = panel.querySelector(".asm .hint");
    if (hint) { hint.hidden = true; }
  }
  document.addEventListener("click", function (e) {
    var tab = e.target.closest("[role=tab], a[data-tab]");
    if (tab) {
      e.preventDefault();
      selectTab(tab.getAttribute("aria-controls") || tab.dataset.tab);
      return;
    }
    var row = e.target.closest("tr.has-asm");
    if (row) { showAsm(row); }
  });
  document.addEventListener("keydown", function (e) {
    // The tab list as WAI-ARIA's tabs pattern has it: left and right arrows move between tabs.
    if (e.target.getAttribute && e.target.getAttribute("role") === "tab" && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
      var tabs = Array.prototype.slice.call(document.querySelectorAll("[role=tab]"));
      var next = tabs[(tabs.indexOf(e.target) + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      e.preventDefault();
      next.focus();
      selectTab(next.getAttribute("aria-controls"));
      return;
    }
    var row = e.target.closest && e.target.closest("tr.has-asm");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showAsm(row); }
  });
  centreSelected(document.querySelector("[role=tabpanel]:not([hidden])"));
  var wanted = location.hash.slice(1);
  if (wanted && document.getElementById(wanted) && document.getElementById(wanted).getAttribute("role") === "tabpanel") {
    selectTab(wanted);
  }
})();
