// NongLert's web chat: asks POST /api/ask and draws the reply. Every word, the bot's and the user's, is
// inserted as text (textContent), never as HTML. The session id the server issues is kept per tab.
"use strict";

(() => {
  const chat = document.getElementById("chat");
  const words = JSON.parse(chat.dataset.words);
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const SESSION = "nonglert-session";
  const PAGE_LANG = document.documentElement.lang === "en" ? "en" : "th";

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(template, slot, value) {
    return template.split("{" + slot + "}").join(value);
  }

  function percent(share) {
    return String(Math.round(share * 10000) / 100);
  }

  function message(who, speaker) {
    const box = el("div", "msg " + who);
    box.append(el("span", "visually-hidden", speaker + ": "));
    log.append(box);
    return box;
  }

  function card(data) {
    const share = Math.min(1, Math.max(0, Number(data.progress) || 0));
    const box = el("section", "card");
    box.append(el("h2", "card-title", data.title), el("p", "card-figure", data.figure));
    if (data.target) box.append(el("p", "card-target", data.target));
    const spoken = fill(words.share, "share", percent(share));
    const track = el("div", "track");
    track.setAttribute("role", "progressbar");
    track.setAttribute("aria-label", data.title);
    track.setAttribute("aria-valuemin", "0");
    track.setAttribute("aria-valuemax", "100");
    track.setAttribute("aria-valuenow", percent(share));
    track.setAttribute("aria-valuetext", spoken);
    const bar = el("div", "bar");
    bar.style.width = share * 100 + "%"; // CSSOM, which the page's style-src 'self' allows
    track.append(bar);
    box.append(track, el("p", "card-share", spoken));
    return box;
  }

  function table(items) {
    const wrap = el("div", "table-wrap");
    const grid = el("table", "items");
    const head = el("tr");
    for (const key of ["col_name", "col_value", "col_target", "col_share"]) {
      const th = el("th", "", words[key]);
      th.scope = "col";
      head.append(th);
    }
    grid.append(el("thead"), el("tbody"));
    grid.tHead.append(head);
    for (const item of items) {
      const row = el("tr");
      const name = el("th", "", item.name);
      name.scope = "row";
      const value = item.figure ? item.figure + (item.year ? " (" + item.year + ")" : "") : "";
      const share = item.share === null || item.share === undefined ? "" : percent(item.share) + "%";
      row.append(name, el("td", "", value), el("td", "", item.target_text || ""), el("td", "num", share));
      grid.tBodies[0].append(row);
    }
    wrap.append(grid);
    return wrap;
  }

  function picture(chart) {
    const figure = el("figure", "chart");
    const img = el("img");
    img.alt = chart.alt;
    img.addEventListener("error", () => figure.remove()); // a measure with nothing to draw
    img.src = chart.src;
    figure.append(img);
    return figure;
  }

  function suggestions(list) {
    const group = el("div", "suggestions");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", words.suggestions);
    for (const text of list) {
      const button = el("button", "suggestion", text);
      button.type = "button";
      button.addEventListener("click", () => ask(text));
      group.append(button);
    }
    return group;
  }

  function showReply(reply) {
    const box = message("bot", words.bot);
    box.lang = reply.lang; // an English answer on the Thai page is read in an English voice, and the reverse
    const rows = (reply.items || []).filter((item) => item.value !== null);
    if (rows.length >= 2) {
      // the table stands in for the listed lines, as in the terminal chat
      const listed = rows.map((item) => words.bullet + item.name);
      const [first, ...rest] = reply.text.split("\n");
      const others = rest.filter((line) => !listed.some((start) => line.startsWith(start)));
      box.append(el("p", "text", first), table(rows));
      if (others.length) box.append(el("p", "text", others.join("\n")));
    } else {
      box.append(el("p", "text", reply.text));
    }
    if (reply.card) box.append(card(reply.card));
    if (reply.chart) box.append(picture(reply.chart));
    if (reply.sources && reply.sources.length) {
      box.append(el("p", "sources", fill(words.sources, "sections", reply.sources.join(", "))));
    }
    if (reply.suggestions && reply.suggestions.length) box.append(suggestions(reply.suggestions));
    return box;
  }

  function showNote(text) {
    const box = message("bot note", words.bot);
    box.append(el("p", "text", text));
    return box;
  }

  async function ask(question, echo = true) {
    if (echo) message("you", words.you).append(el("p", "text", question));
    // no aria-busy on the log: screen readers may keep quiet about what is added while it is busy
    let shown;
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        // the page's language: the greeting and other commands have no words to tell it from
        body: JSON.stringify({ q: question, session: sessionStorage.getItem(SESSION), lang: PAGE_LANG }),
      });
      const data = await response.json();
      if (data.session) sessionStorage.setItem(SESSION, data.session);
      shown = response.ok ? showReply(data) : showNote(data.text || words.error);
    } catch {
      shown = showNote(words.error);
    }
    shown.scrollIntoView({ block: "nearest" });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    ask(question);
  });

  ask("/start", false); // the greeting and a few questions to tap, as /start gives on every channel
})();
