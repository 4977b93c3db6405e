// "/" before the page's JavaScript has started: focus the search box that is already drawn (the server's
// plain form, marked data-early-search), so the key and whatever is typed after it land in the box. The
// real search box takes over the text and the focus when it starts (components/search/SearchBox.tsx);
// from then on this listener finds no such box and does nothing.
(() => {
  window.__earlyKeys = true;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector("input[data-early-search]");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();
