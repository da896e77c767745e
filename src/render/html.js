// The review page's script: the overview first in the document, a mark's panel, sorting,
// filtering, and opening the article a link points into. The page reads without it (a mark's
// title then tells what its panel would). Text goes into the page as text, never as markup.
"use strict";
(function () {
  const overview = document.getElementById("overview");
  overview.parentNode.prepend(overview);
  const table = document.getElementById("matrix");
  const body = table.tBodies[0];

  // A mark's panel, made the first time the mark is pointed at or reached with the keyboard:
  // per finding, its label, its claim (a link to the claim's entry in the overview), where it
  // stands, the claim's statement and sources (copied from that entry), and the lines of its
  // part of the mark's title (found, expected, reason).
  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function panel(mark) {
    if (mark.querySelector(".pop")) return;
    const pop = element("span", "pop");
    pop.setAttribute("role", "tooltip");
    const blocks = mark.title.split("\n\n");
    mark.querySelectorAll(".lab").forEach((label, k) => {
      const f = element("span", "f");
      const head = element("span", "fh");
      head.append(element("span", label.className.replace("lab", "tag"), label.textContent), " ");
      const claim = document.getElementById("c-" + label.dataset.check);
      const code = element("code", "", label.dataset.check);
      if (claim) {
        const link = element("a");
        link.href = "#c-" + label.dataset.check;
        link.append(code);
        head.append(link);
      } else {
        head.append(code);
      }
      head.append(" ", element("span", "at", "line " + label.dataset.line + ", column " + label.dataset.column));
      f.append(head);
      const about = claim && claim.nextElementSibling;
      if (about) for (const part of about.children) f.append(part.cloneNode(true));
      for (const line of (blocks[k] || "").split("\n").slice(1)) {
        const at = line.indexOf(": ");
        const kv = element("span", "kv");
        kv.append(element("b", "", line.slice(0, at)), " " + line.slice(at + 2));
        f.append(kv);
      }
      pop.append(f);
    });
    mark.append(pop);
  }
  // Shown, a panel is moved left as far as it would pass the window's right edge.
  function show(mark) {
    panel(mark);
    const pop = mark.querySelector(".pop");
    pop.style.left = "";
    const over = pop.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
    if (over > 0) pop.style.left = -over + "px";
  }
  for (const kind of ["mouseover", "focusin"]) {
    document.addEventListener(kind, (event) => {
      const mark = event.target.closest && event.target.closest(".m");
      if (mark) show(mark);
    });
  }

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
      page();
    });
  }

  // The table shows its first rows (those the filter keeps) until all are asked for.
  const limit = Number(table.dataset.rows);
  const more = document.getElementById("show-all");
  let all = false;
  function page() {
    let kept = 0;
    for (const row of body.rows) {
      const keep = row.dataset.out === undefined;
      row.hidden = !keep || (!all && kept >= limit);
      if (keep) kept += 1;
    }
    more.parentElement.hidden = all || kept <= limit;
    more.textContent = "Show all " + kept + " articles";
  }
  more.addEventListener("click", () => {
    all = true;
    page();
  });

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
        for (const f of mark.querySelectorAll(".lab")) {
          hit = hit || ((s === "" || f.dataset.status === s) && (c === "" || f.dataset.check === c));
        }
        mark.classList.toggle("hit", hit);
        any = any || hit;
      }
      const show = any || !on;
      article.hidden = !show;
      const row = rowOf.get(article.id);
      if (row && show) delete row.dataset.out;
      if (row && !show) row.dataset.out = "";
      if (show) count += 1;
    }
    for (const cell of table.querySelectorAll("[data-check]")) {
      cell.hidden = c !== "" && cell.dataset.check !== c;
    }
    table.classList.toggle("one-claim", c !== "");
    page();
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
