// The review page's script: the overview first in the document, sorting, filtering, and
// opening the article a link points into. The page reads without it.
"use strict";
(function () {
  const overview = document.getElementById("overview");
  overview.parentNode.prepend(overview);
  const table = document.getElementById("matrix");
  const body = table.tBodies[0];

  // Sorting: a heading sorts by its column, most (or last) first the first time; ties keep
  // the articles' order.
  for (const button of table.tHead.querySelectorAll("button")) {
    button.addEventListener("click", () => {
      const th = button.closest("th");
      const column = th.cellIndex;
      const numeric = column !== 1;
      const down = th.getAttribute("aria-sort") !== "descending";
      const rows = Array.from(body.rows);
      const key = (row) => row.cells[column].dataset.v;
      const place = (row) => Number(row.cells[0].dataset.v);
      rows.sort((a, b) => {
        const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
        return (down ? -order : order) || place(a) - place(b);
      });
      for (const other of table.tHead.querySelectorAll("th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", down ? "descending" : "ascending");
      body.append(...rows);
    });
  }

  // Filtering by status and by claim: a finding matches when it has both; an article shows
  // when one of its findings matches, and its marks that match none fade.
  const status = document.getElementById("f-status");
  const check = document.getElementById("f-check");
  const shown = document.getElementById("f-shown");
  const rowOf = new Map(Array.from(body.rows, (row) => [row.dataset.a, row]));
  function filter() {
    const s = status.value;
    const c = check.value;
    const on = s !== "" || c !== "";
    document.body.classList.toggle("filtering", on);
    let count = 0;
    const articles = document.querySelectorAll("details.article");
    for (const article of articles) {
      let any = false;
      for (const mark of article.querySelectorAll(".m")) {
        let hit = false;
        for (const f of mark.querySelectorAll(".f")) {
          hit = hit || ((s === "" || f.dataset.status === s) && (c === "" || f.dataset.check === c));
        }
        mark.classList.toggle("hit", hit);
        any = any || hit;
      }
      const show = any || !on;
      article.hidden = !show;
      const row = rowOf.get(article.id);
      if (row) row.hidden = !show;
      if (show) count += 1;
    }
    for (const cell of table.querySelectorAll("[data-check]")) {
      cell.hidden = c !== "" && cell.dataset.check !== c;
    }
    table.classList.toggle("one-claim", c !== "");
    shown.textContent = on ? count + " of " + articles.length + " articles" : "";
  }
  status.addEventListener("change", filter);
  check.addEventListener("change", filter);

  // A link into an article (from the table, or the page's address) opens it, and a link to a
  // finding moves the focus to its mark, which shows its panel.
  function reveal() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    for (let d = target.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    const mark = target.closest(".m");
    (mark || target).scrollIntoView({ block: "center" });
    if (mark) mark.focus({ preventScroll: true });
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
