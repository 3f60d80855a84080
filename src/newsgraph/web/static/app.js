// newsgraph pages: evidence panel on the article view, and the actor network.
// Written for this project; no framework, no network access beyond this server.
"use strict";

function element(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function factsById() {
  const script = document.getElementById("facts");
  if (!script) return null;
  const byId = new Map();
  for (const fact of JSON.parse(script.textContent)) byId.set(fact.id, fact);
  return byId;
}

function describe(fact) {
  const box = element("div", { class: "fact fact-" + fact.kind, "data-fact-id": fact.id });
  box.appendChild(element("h3", {}, fact.kind + ": " + fact.label));
  const list = element("dl");
  for (const [key, value] of Object.entries(fact.details)) {
    if (value === null || value === undefined || value === "") continue;
    list.appendChild(element("dt", {}, key.replace(/_/g, " ")));
    const dd = element("dd", { class: "detail-" + key });
    const isCode = ["code", "speaker_actor", "source", "target"].includes(key) && /^[A-Z0-9-]{3,}$/.test(String(value));
    if (isCode) {
      dd.appendChild(element("a", { class: "code actor-link", href: "/actors/" + encodeURIComponent(value) }, value));
    } else {
      dd.textContent = String(value);
    }
    list.appendChild(dd);
  }
  list.appendChild(element("dt", {}, "evidence"));
  const evidence = fact.evidence;
  list.appendChild(element("dd", { class: "evidence" }, "“" + evidence.text + "” [" + evidence.start + "–" + evidence.end + "]"));
  box.appendChild(list);
  return box;
}

function showFacts(ids, byId) {
  const body = document.getElementById("evidence-body");
  body.replaceChildren();
  // Show the most specific facts first: quotes and events before actors and removed text.
  const order = ["quote", "event", "actor", "timex", "place", "removed"];
  const facts = ids.map((id) => byId.get(id)).filter(Boolean);
  facts.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const fact of facts) body.appendChild(describe(fact));
  for (const seg of document.querySelectorAll(".seg.active")) seg.classList.remove("active");
  for (const seg of document.querySelectorAll(".seg")) {
    const own = seg.dataset.facts.split(" ");
    if (ids.some((id) => own.includes(id))) seg.classList.add("active");
  }
}

function setUpArticle() {
  const byId = factsById();
  if (!byId) return;
  const text = document.getElementById("article-text");
  const activate = (seg) => showFacts(seg.dataset.facts.split(" "), byId);
  text.addEventListener("click", (event) => {
    const seg = event.target.closest(".seg");
    if (seg) activate(seg);
  });
  text.addEventListener("keydown", (event) => {
    const seg = event.target.closest(".seg");
    if (seg && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); activate(seg); }
  });
  for (const link of document.querySelectorAll(".fact-link")) {
    link.addEventListener("click", (event) => { event.preventDefault(); showFacts([link.dataset.fact], byId); });
  }
}

async function drawNetwork() {
  const svg = document.getElementById("network");
  if (!svg) return;
  const response = await fetch("/api/network");
  const data = await response.json();
  const ns = "http://www.w3.org/2000/svg";
  const width = 800, height = 600, radius = 230;
  const place = new Map();
  data.nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(data.nodes.length, 1) - Math.PI / 2;
    place.set(node.id, { x: width / 2 + radius * Math.cos(angle), y: height / 2 + radius * Math.sin(angle) });
  });
  const colours = { 1: "#2b8a3e", 2: "#1c7ed6", 3: "#e67700", 4: "#c92a2a" };
  const tbody = document.querySelector("#edges tbody");
  for (const edge of data.edges) {
    const a = place.get(edge.source), b = place.get(edge.target);
    const line = document.createElementNS(ns, "line");
    for (const [key, value] of Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y })) line.setAttribute(key, value);
    line.setAttribute("stroke", colours[edge.quad_class] || "#888");
    line.setAttribute("stroke-width", String(1 + Math.log2(1 + edge.count)));
    line.setAttribute("class", "edge");
    const title = document.createElementNS(ns, "title");
    title.textContent = edge.source + " " + edge.plover + " " + edge.target + " (" + edge.count + ")";
    line.appendChild(title);
    svg.appendChild(line);
    const row = element("tr");
    row.append(element("td", {}, edge.source), element("td", {}, edge.plover), element("td", {}, edge.target), element("td", {}, edge.count));
    tbody.appendChild(row);
  }
  for (const node of data.nodes) {
    const at = place.get(node.id);
    const link = document.createElementNS(ns, "a");
    link.setAttribute("href", "/actors/" + encodeURIComponent(node.id));
    const circle = document.createElementNS(ns, "circle");
    circle.setAttribute("cx", at.x); circle.setAttribute("cy", at.y);
    circle.setAttribute("r", String(6 + 2 * Math.sqrt(node.events)));
    circle.setAttribute("fill", "#22313f");
    circle.setAttribute("class", "node");
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", at.x + 10); label.setAttribute("y", at.y - 10);
    label.textContent = node.id;
    link.append(circle, label);
    svg.appendChild(link);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setUpArticle();
  drawNetwork();
});
