/* The main menu's button on phones (templates/navigation/main_menu.html).

   Progressive enhancement: without this script the menu is a full, wrapped
   list. Loaded in <head> (not deferred, it is tiny) so the class on <html>
   is set before the first paint and the list does not flash open.
   No inline code: the public pages' Content-Security-Policy forbids it. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js-menu");

  function setUp() {
    var toggle = document.querySelector(".main-nav__toggle");
    var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!list) {
      root.classList.remove("js-menu");
      return;
    }
    var nav = toggle.closest("nav");

    function isOpen() {
      return toggle.getAttribute("aria-expanded") === "true";
    }
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("main-nav--open", open);
    }

    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      setOpen(!isOpen());
    });
    // Escape closes the menu and gives the focus back to its button.
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && isOpen()) {
        setOpen(false);
        toggle.focus();
      }
    });
    // A tap elsewhere on the page closes it too.
    document.addEventListener("click", function (event) {
      if (isOpen() && !nav.contains(event.target)) {
        setOpen(false);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
