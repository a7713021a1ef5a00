// graphkit's graph page: draws the JSON of #graph-data with vis-network and wires up the side panel.
// Every text from the graph is put in the page with textContent, never as markup.
"use strict";
(function () {
  const started = performance.now();
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const hiddenLabels = new Set();
  const hiddenTypes = new Set();
  const shownNodes = new vis.DataView(nodes, { filter: (node) => !hiddenLabels.has(node.group) });
  const shownEdges = new vis.DataView(edges, { filter: (edge) => !hiddenTypes.has(edge.type) });
  const container = document.getElementById("graph"); // vis-network owns everything inside it
  const tooltip = document.getElementById("tooltip");
  const details = document.getElementById("details");
  const status = document.getElementById("status");
  const physics = document.getElementById("physics");
  const TOOLTIP_FACTS = 3;

  // What tests and benchmarks read: the data sets, the network, and milliseconds since navigation
  // at which the page script started, the network was built, the layout settled and was drawn.
  const page = { nodes, edges, shownNodes, shownEdges, network: null, ready: false, find, timings: { started } };
  window.graphkit = page;

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) made.textContent = String(text);
    if (className) made.className = className;
    return made;
  }

  function definitions(rows) {
    const list = element("dl");
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
      list.append(element("dt", term), element("dd", Array.isArray(value) ? value.join("; ") : value));
    }
    return list;
  }

  function describeNode(node) {
    const info = node.info;
    const box = element("div", null, "info");
    box.append(element("h2", info.name), element("p", info.label, "kind"));
    box.append(definitions([
      ["Titles", info.titles],
      ["Ranks", info.ranks],
      ["Also named", info.aliases],
      ["Articles", info.articles],
      ["Linked to", info.links],
    ]));
    return box;
  }

  function describeFact(fact) {
    const box = element("div", null, "fact");
    const meta = [fact.date, fact.title, fact.status, fact.kind, fact.place ? "in " + fact.place : null].filter(Boolean);
    box.append(element("div", meta.join(" · "), "fact-meta"));
    if (fact.evidence) box.append(element("blockquote", fact.evidence));
    const article = fact.article;
    const source = element("div", null, "source");
    if (article.title && article.url) {
      const link = element("a", article.title);
      link.href = article.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      source.append(link);
    } else if (article.title) {
      source.append(element("span", article.title));
    }
    const rest = [article.date, article.source].filter(Boolean).join(", ");
    if (rest) source.append(document.createTextNode((article.title ? " — " : "") + rest));
    box.append(source);
    return box;
  }

  function describeEdge(edge, factLimit) {
    const info = edge.info;
    const box = element("div", null, "info");
    box.append(element("h2", info.source + (info.directed ? " → " : " — ") + info.target));
    const count = info.facts.length;
    box.append(element("p", info.type + " (" + info.meaning + ") · " + count + (count === 1 ? " fact" : " facts"), "kind"));
    box.append(definitions([["Dates", info.dates]]));
    const shown = factLimit === undefined ? info.facts : info.facts.slice(0, factLimit);
    for (const fact of shown) box.append(describeFact(fact));
    if (shown.length < count) box.append(element("p", "… " + (count - shown.length) + " more: click the link to see all", "more"));
    return box;
  }

  function showTooltip(content, pointer) {
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    const left = Math.min(pointer.x + 14, container.clientWidth - tooltip.offsetWidth - 4);
    const top = Math.min(pointer.y + 14, container.clientHeight - tooltip.offsetHeight - 4);
    tooltip.style.left = Math.max(left, 0) + "px";
    tooltip.style.top = Math.max(top, 0) + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
  }

  function showDetails(content) {
    details.replaceChildren(content);
  }

  const network = new vis.Network(container, { nodes: shownNodes, edges: shownEdges }, data.options);
  page.network = network;
  page.timings.built = performance.now();

  function markReady() {
    if (page.ready) return;
    page.ready = true;
    page.timings.ready = performance.now();
    if (nodes.length === 0) status.textContent = "Nothing to show.";
    else if (physics.checked) status.textContent = "Layout settled; physics on.";
    else status.textContent = "Layout settled; physics off (tick Physics to let it move).";
  }

  network.on("stabilizationProgress", (progress) => {
    status.textContent = "Laying out " + nodes.length + " entities: " + Math.round((100 * progress.iterations) / progress.total) + "%";
  });
  network.once("stabilizationIterationsDone", () => {
    page.timings.laidOut = performance.now();
    if (data.freezeAfterLayout) {
      physics.checked = false;
      network.setOptions({ physics: { enabled: false } });
    }
    network.fit({ maxZoomLevel: 1.5 }); // small graphs may fill the view, up to 1.5 times life size
    network.once("afterDrawing", markReady);
    network.redraw();
  });
  if (nodes.length === 0) markReady(); // no layout to wait for

  network.on("hoverNode", (event) => showTooltip(describeNode(nodes.get(event.node)), event.pointer.DOM));
  network.on("hoverEdge", (event) => showTooltip(describeEdge(edges.get(event.edge), TOOLTIP_FACTS), event.pointer.DOM));
  for (const name of ["blurNode", "blurEdge", "dragStart", "zoom"]) network.on(name, hideTooltip);
  container.addEventListener("mouseleave", hideTooltip);
  network.on("click", (event) => {
    if (event.nodes.length) showDetails(describeNode(nodes.get(event.nodes[0])));
    else if (event.edges.length) showDetails(describeEdge(edges.get(event.edges[0])));
  });

  physics.addEventListener("change", () => {
    network.setOptions({ physics: { enabled: physics.checked } });
    status.textContent = physics.checked ? "Physics on." : "Physics off.";
  });

  for (const box of document.querySelectorAll("input[data-label]")) {
    box.addEventListener("change", () => {
      if (box.checked) hiddenLabels.delete(box.dataset.label);
      else hiddenLabels.add(box.dataset.label);
      shownNodes.refresh();
    });
  }
  for (const box of document.querySelectorAll("input[data-type]")) {
    box.addEventListener("change", () => {
      if (box.checked) hiddenTypes.delete(box.dataset.type);
      else hiddenTypes.add(box.dataset.type);
      shownEdges.refresh();
    });
  }

  // Finding an entity: the exact name first, then a name that starts with, then one that holds the text.
  const names = document.getElementById("entity-names");
  const sortedNodes = nodes.get().sort((a, b) => a.label.localeCompare(b.label, "ru"));
  for (const node of sortedNodes) {
    const option = document.createElement("option");
    option.value = node.label;
    names.append(option);
  }
  const folded = (text) => text.toLocaleLowerCase("ru").replaceAll("ё", "е").trim();

  function find(query) {
    const wanted = folded(query);
    if (!wanted) return null;
    const tests = [(name) => name === wanted, (name) => name.startsWith(wanted), (name) => name.includes(wanted)];
    for (const test of tests) {
      const found = sortedNodes.find((node) => test(folded(node.label)) || node.info.aliases.some((alias) => test(folded(alias))));
      if (found) return found.id;
    }
    return null;
  }

  const result = document.getElementById("find-result");
  document.getElementById("find").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = document.getElementById("find-name").value;
    const found = find(query);
    if (found === null) {
      result.textContent = "No entity is named “" + query + "”.";
      return;
    }
    const node = nodes.get(found);
    result.textContent = hiddenLabels.has(node.group) ? node.info.label + " is hidden: tick it under Entities." : "";
    network.selectNodes([found]);
    network.focus(found, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    showDetails(describeNode(node));
  });
})();
