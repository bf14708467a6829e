// kg's interactive graph view. exporters/html_exporter.cpp writes the page with this script, d3
// (force layout, zoom) and the graph as JSON. Drawing is on one canvas (no element per node), so
// thousands of entities stay responsive; the layout runs a few milliseconds per frame.
// Text from the articles reaches the page only through textContent / text nodes and canvas text.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const timings = {parsed: performance.now()};
  const {nodes, edges, types, relations, articles, quotes} = data;
  const $ = (id) => document.getElementById(id);
  const canvas = $('canvas');
  const ctx = canvas.getContext('2d');

  // ---- derived data ----
  const radius = (mentions) => Math.min(3 + 1.6 * Math.sqrt(mentions), 28);
  const lineWidth = (weight) => Math.min(0.8 + 1.1 * Math.log2(Math.max(weight, 1)), 8);
  nodes.forEach((n, i) => {
    n.index = i;
    n.r = radius(n.mentions);
    n.facts = [];
    n.quotes = [];
    n.names = [n.name, ...n.aliases, n.key].map((s) => s.toLowerCase());
  });
  const pairs = new Map();  // unordered pair -> its edges, to bend parallel edges apart
  edges.forEach((e, i) => {
    e.index = i;
    e.width = lineWidth(e.weight);
    nodes[e.s].facts.push(e);
    if (e.o !== e.s) nodes[e.o].facts.push(e);
    e.days = e.mentions.map((m) => m.date).filter((d) => d).sort();
    e.undated = e.mentions.some((m) => !m.date);
    const key = Math.min(e.s, e.o) + ' ' + Math.max(e.s, e.o);
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  });
  for (const group of pairs.values())
    group.forEach((e, k) => { e.bend = 14 * (k - (group.length - 1) / 2); });
  quotes.forEach((q) => nodes[q.speaker].quotes.push(q));
  const days = [...new Set(edges.flatMap((e) => e.days))].sort();
  const byMentions = nodes.slice().sort((a, b) => b.mentions - a.mentions);

  // ---- filters ----
  const typeOn = types.map(() => true);
  const relationOn = relations.map(() => true);
  const range = {from: 0, to: Math.max(days.length - 1, 0), undated: true};
  let hideLonely = false;
  let shownNodes = nodes, shownEdges = edges;

  function dateShown(e) {
    if (e.undated && range.undated) return true;
    if (!days.length) return false;
    const from = days[range.from], to = days[range.to];
    return e.days.some((d) => d >= from && d <= to);
  }

  function applyFilters() {
    shownEdges = edges.filter((e) => relationOn[e.r] && typeOn[nodes[e.s].type] &&
                                     typeOn[nodes[e.o].type] && dateShown(e));
    const degree = new Uint32Array(nodes.length);
    for (const e of shownEdges) { degree[e.s]++; degree[e.o]++; }
    // An entity whose facts are all filtered out goes; one that had none stays unless asked.
    shownNodes = nodes.filter((n) => typeOn[n.type] &&
                                     (degree[n.index] > 0 || (!n.facts.length && !hideLonely)));
    nodes.forEach((n) => { n.shown = false; });
    shownNodes.forEach((n) => { n.shown = true; });
    const counts = $('counts');
    counts.dataset.nodes = nodes.length;
    counts.dataset.edges = edges.length;
    counts.dataset.shownNodes = shownNodes.length;
    counts.dataset.shownEdges = shownEdges.length;
    counts.textContent = `${nodes.length} entities, ${edges.length} facts` +
        (shownNodes.length === nodes.length && shownEdges.length === edges.length
             ? '' : ` (showing ${shownNodes.length} entities, ${shownEdges.length} facts)`);
    requestDraw();
  }

  function checkItem(label, count, colour, on, onChange) {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = on;
    input.addEventListener('change', () => onChange(input.checked));
    const item = document.createElement('label');
    item.className = 'check';
    item.append(input);
    if (colour) {
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour;
      item.append(swatch);
    }
    const count_ = document.createElement('span');
    count_.className = 'count';
    count_.textContent = count;
    item.append(label, count_);
    const li = document.createElement('li');
    li.append(item);
    return li;
  }

  function buildFilters() {
    const typeCount = types.map(() => 0), relationCount = relations.map(() => 0);
    nodes.forEach((n) => typeCount[n.type]++);
    edges.forEach((e) => relationCount[e.r]++);
    types.forEach((t, i) => $('type-filter').append(checkItem(
        t.name, typeCount[i], t.colour, true, (on) => { typeOn[i] = on; applyFilters(); })));
    const relationBoxes = [];
    relations.forEach((r, i) => {
      const li = checkItem(r, relationCount[i], null, true,
                           (on) => { relationOn[i] = on; applyFilters(); });
      relationBoxes.push(li.querySelector('input'));
      $('relation-filter').append(li);
    });
    const setAll = (on) => {
      relationOn.fill(on);
      relationBoxes.forEach((box) => { box.checked = on; });
      applyFilters();
    };
    $('relations-all').addEventListener('click', () => setAll(true));
    $('relations-none').addEventListener('click', () => setAll(false));
    $('hide-lonely').addEventListener('change', (ev) => {
      hideLonely = ev.target.checked;
      applyFilters();
    });
    const from = $('date-from'), to = $('date-to');
    from.max = to.max = String(Math.max(days.length - 1, 0));
    to.value = to.max;
    const showRange = () => {
      $('date-range').textContent = days.length
          ? `${days[range.from]} to ${days[range.to]} (${range.to - range.from + 1} of ${days.length} days)`
          : 'no dated facts';
    };
    const onSlide = (moved) => {
      range.from = +from.value;
      range.to = +to.value;
      if (range.from > range.to) {
        if (moved === from) range.to = range.from; else range.from = range.to;
        from.value = range.from;
        to.value = range.to;
      }
      showRange();
      applyFilters();
    };
    from.addEventListener('input', () => onSlide(from));
    to.addEventListener('input', () => onSlide(to));
    $('undated').addEventListener('change', (ev) => {
      range.undated = ev.target.checked;
      applyFilters();
    });
    showRange();
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    for (const w of [1, 2, 5, 20, 100].filter((w) => w <= maxWeight || w === 1)) {
      const row = document.createElement('div');
      const line = document.createElement('span');
      line.className = 'line';
      line.style.height = lineWidth(w) + 'px';
      row.append(line, `${w} mention${w === 1 ? '' : 's'}`);
      $('width-legend').append(row);
    }
  }

  // ---- layout ----
  // The force layout runs in a worker when the page can start one, so the main thread only draws
  // and a graph of thousands of entities stays responsive; otherwise (a browser that refuses a
  // worker) it runs here, a few milliseconds per frame. Both use makeSimulation.
  const links = edges.filter((e) => e.s !== e.o).map((e) => [e.s, e.o]);
  const alphaDecay = nodes.length > 2000 ? 0.04 : 0.0228;
  let laidOut = false, ticks = 0, userMoved = false, layoutIn = 'page';

  function layoutProgress(alpha, alphaMin) {
    if (alpha <= alphaMin) {
      laidOut = true;
      timings.layout = performance.now();
      $('status').textContent = `layout ${((timings.layout - timings.parsed) / 1000).toFixed(1)} s`;
      document.body.dataset.layout = 'done';
    } else {
      $('status').textContent = `laying out ${Math.round(100 * Math.log(alpha) / Math.log(alphaMin))}%`;
    }
    if (!userMoved) fit();
    requestDraw();
  }

  // A stopped simulation gives every node its first position (d3's phyllotaxis) at once.
  const simulation = makeSimulation(d3, nodes, links, alphaDecay);
  function layoutStep() {  // on the main thread: ticks for at most 12 ms, then a frame
    const start = performance.now();
    while (simulation.alpha() > simulation.alphaMin() && performance.now() - start < 12) {
      simulation.tick();
      ticks++;
    }
    layoutProgress(simulation.alpha(), simulation.alphaMin());
  }

  function startLayout() {
    let worker;
    try {
      const source = `${$('kg-d3').textContent}\n${makeSimulation}\n(${layoutWorker})();`;
      worker = new Worker('data:text/javascript;charset=utf-8,' + encodeURIComponent(source));
    } catch (e) {
      requestDraw();
      return;
    }
    layoutIn = 'worker';
    worker.onmessage = (ev) => {
      const m = ev.data, xy = m.positions;
      nodes.forEach((n, i) => { n.x = xy[2 * i]; n.y = xy[2 * i + 1]; });
      ticks = m.ticks;
      layoutProgress(m.alpha, m.alphaMin);
      if (laidOut) worker.terminate();
    };
    worker.onerror = (ev) => {  // the worker could not run: lay out here instead
      ev.preventDefault();
      worker.terminate();
      layoutIn = 'page';
      requestDraw();
    };
    worker.postMessage({xy: nodes.flatMap((n) => [n.x, n.y]), r: nodes.map((n) => n.r), links,
                        alphaDecay});
  }

  // ---- view ----
  let transform = d3.zoomIdentity, width = 0, height = 0, dpr = 1, drawPending = false;
  let selectedNode = null, selectedEdge = null, hover = null;
  const zoom = d3.zoom().scaleExtent([0.01, 40]).on('zoom', () => {
    transform = d3.event.transform;
    if (d3.event.sourceEvent) userMoved = true;
    requestDraw();
  });
  d3.select(canvas).call(zoom).on('dblclick.zoom', null);

  function resize() {
    const box = canvas.parentElement.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    width = box.width;
    height = box.height;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    requestDraw();
  }

  function fit() {
    const shown = shownNodes.length ? shownNodes : nodes;
    if (!shown.length) return;
    const xs = shown.map((n) => n.x), ys = shown.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min(4, 0.9 * Math.min(width / (x1 - x0 + 60), height / (y1 - y0 + 60)));
    d3.select(canvas).call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2)
                                               .scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
  }

  // The point halfway along an edge (on its bend), and the bend's control point.
  function geometry(e) {
    const a = nodes[e.s], b = nodes[e.o];
    const [p, q] = e.s < e.o ? [a, b] : [b, a];  // one normal for both directions of a pair
    const dx = q.x - p.x, dy = q.y - p.y, len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len, ny = dx / len;
    const mx = (a.x + b.x) / 2 + e.bend * nx, my = (a.y + b.y) / 2 + e.bend * ny;
    return {a, b, mx, my, cx: 2 * mx - (a.x + b.x) / 2, cy: 2 * my - (a.y + b.y) / 2};
  }

  function traceEdge(e) {
    const g = geometry(e);
    ctx.moveTo(g.a.x, g.a.y);
    if (e.bend) ctx.quadraticCurveTo(g.cx, g.cy, g.b.x, g.b.y); else ctx.lineTo(g.b.x, g.b.y);
    return g;
  }

  function arrowHead(e, g, k) {
    const tx = g.b.x - (e.bend ? g.cx : g.a.x), ty = g.b.y - (e.bend ? g.cy : g.a.y);
    const len = Math.hypot(tx, ty) || 1, ux = tx / len, uy = ty / len;
    const tipX = g.b.x - ux * g.b.r, tipY = g.b.y - uy * g.b.r, size = (4 + e.width) / k;
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size * 2 - uy * size, tipY - uy * size * 2 + ux * size);
    ctx.lineTo(tipX - ux * size * 2 + uy * size, tipY - uy * size * 2 - ux * size);
    ctx.closePath();
  }

  const onScreen = (x, y, margin) => {
    const [sx, sy] = transform.apply([x, y]);
    return sx > -margin && sx < width + margin && sy > -margin && sy < height + margin;
  };

  function label(text, x, y, size, colour) {
    ctx.font = `${size}px "DejaVu Sans", sans-serif`;
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  }

  function highlighted(e) {
    return e === selectedEdge || (selectedNode && (e.s === selectedNode.index || e.o === selectedNode.index));
  }

  function draw() {
    drawPending = false;
    if (!laidOut && layoutIn === 'page') layoutStep();
    const k = transform.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.save();
    ctx.translate(transform.x, transform.y);
    ctx.scale(k, k);
    // Edges, one path per line width; the highlighted ones on top.
    const byWidth = new Map(), marked = [];
    for (const e of shownEdges) {
      if (highlighted(e)) { marked.push(e); continue; }
      if (!byWidth.has(e.width)) byWidth.set(e.width, []);
      byWidth.get(e.width).push(e);
    }
    const arrows = shownEdges.length <= 1500;
    ctx.strokeStyle = 'rgba(100,100,100,0.45)';
    ctx.fillStyle = 'rgba(100,100,100,0.6)';
    for (const [w, group] of byWidth) {
      ctx.lineWidth = w / k;
      ctx.beginPath();
      const heads = [];
      for (const e of group) {
        const g = traceEdge(e);
        if (arrows) heads.push([e, g]);
      }
      ctx.stroke();
      if (heads.length) {
        ctx.beginPath();
        for (const [e, g] of heads) arrowHead(e, g, k);
        ctx.fill();
      }
    }
    ctx.strokeStyle = ctx.fillStyle = '#e6550d';
    for (const e of marked) {
      ctx.lineWidth = (e.width + (e === selectedEdge ? 2 : 0.5)) / k;
      ctx.beginPath();
      const g = traceEdge(e);
      ctx.stroke();
      ctx.beginPath();
      arrowHead(e, g, k);
      ctx.fill();
    }
    // Nodes, one path per type.
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = '#fff';
    types.forEach((t, i) => {
      ctx.beginPath();
      for (const n of shownNodes) {
        if (n.type !== i) continue;
        ctx.moveTo(n.x + n.r, n.y);
        ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      }
      ctx.fillStyle = t.colour;
      ctx.fill();
      ctx.stroke();
    });
    if (selectedNode && selectedNode.shown) {
      ctx.beginPath();
      ctx.arc(selectedNode.x, selectedNode.y, selectedNode.r + 3 / k, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5 / k;
      ctx.strokeStyle = '#e6550d';
      ctx.stroke();
    }
    ctx.restore();
    drawLabels(k, marked);
    if (!timings.firstFrame) timings.firstFrame = performance.now();
    if (!laidOut && layoutIn === 'page') requestDraw();
  }

  // Labels in screen space: relation classes on the edges when few are in view, names of the
  // entities large enough on screen (at most 300), and always those of the selection.
  function drawLabels(k, marked) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const inView = shownEdges.filter((e) => onScreen(geometry(e).mx, geometry(e).my, 0));
    const edgeLabels = inView.length <= 300 ? inView : marked;
    for (const e of edgeLabels) {
      const g = geometry(e);
      const [x, y] = transform.apply([g.mx, g.my]);
      if (Math.hypot(g.a.x - g.b.x, g.a.y - g.b.y) * k < 40 && !highlighted(e)) continue;
      label(relations[e.r], x, y, 10, highlighted(e) ? '#a63603' : '#555');
    }
    let count = 0;
    for (const n of byMentions) {
      if (count >= 300) break;
      if (!n.shown) continue;
      const big = n.r * k >= 7 || count < 25;
      const chosen = n === selectedNode || n === hover ||
                     (selectedNode && n.facts.some((e) => e.s === selectedNode.index || e.o === selectedNode.index));
      if (!(big || chosen) || !onScreen(n.x, n.y, 50)) continue;
      const [x, y] = transform.apply([n.x, n.y]);
      label(n.name, x, y + n.r * k + 8, chosen ? 12 : 11, '#111');
      count++;
    }
  }

  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(draw);
  }

  // ---- picking ----
  function segmentDistance(px, py, x1, y1, x2, y2) {
    const dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2)) : 0;
    return Math.hypot(px - x1 - t * dx, py - y1 - t * dy);
  }

  function pick(clientX, clientY) {
    const box = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([clientX - box.left, clientY - box.top]);
    const k = transform.k;
    let best = null, bestDistance = Infinity;
    for (const n of shownNodes) {
      const d = Math.hypot(n.x - x, n.y - y);
      if (d <= n.r + 2 / k && d < bestDistance) { best = n; bestDistance = d; }
    }
    if (best) return {node: best};
    for (const e of shownEdges) {
      const g = geometry(e);
      const d = Math.min(segmentDistance(x, y, g.a.x, g.a.y, g.mx, g.my),
                         segmentDistance(x, y, g.mx, g.my, g.b.x, g.b.y));
      if (d <= (e.width / 2 + 4) / k && d < bestDistance) { best = e; bestDistance = d; }
    }
    return best ? {edge: best} : {};
  }

  canvas.addEventListener('click', (ev) => {
    const hit = pick(ev.clientX, ev.clientY);
    if (hit.node) showNode(hit.node);
    else if (hit.edge) showEdge(hit.edge);
    else closePanel();
  });
  canvas.addEventListener('mousemove', (ev) => {
    const hit = pick(ev.clientX, ev.clientY), tip = $('tooltip');
    const next = hit.node || null;
    if (next !== hover) { hover = next; requestDraw(); }
    if (!hit.node && !hit.edge) { tip.hidden = true; return; }
    tip.textContent = hit.node
        ? `${hit.node.name} (${types[hit.node.type].name}, ${hit.node.mentions} mentions)`
        : `${nodes[hit.edge.s].name} ${relations[hit.edge.r]} ${nodes[hit.edge.o].name} (${hit.edge.weight})`;
    const box = canvas.getBoundingClientRect();
    tip.style.left = ev.clientX - box.left + 12 + 'px';
    tip.style.top = ev.clientY - box.top + 12 + 'px';
    tip.hidden = false;
  });
  canvas.addEventListener('mouseleave', () => { $('tooltip').hidden = true; });

  // ---- side panel ----
  function el(tag, className, ...children) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    e.append(...children);
    return e;
  }
  function link(text, onClick) {
    const a = el('a', 'link', text);
    a.tabIndex = 0;
    a.addEventListener('click', onClick);
    return a;
  }
  const entityLink = (n) => link(n.name, () => showNode(n, true));
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const articleLine = (a, ...more) =>
      [a.title, a.date, a.author ? 'by ' + a.author : '', ...more].filter((s) => s).join(' · ');

  function openPanel(...children) {
    $('panel-body').replaceChildren(...children);
    $('panel').hidden = false;
    $('panel').scrollTop = 0;
    requestDraw();
  }
  function closePanel() {
    selectedNode = selectedEdge = null;
    $('panel').hidden = true;
    requestDraw();
  }
  $('panel-close').addEventListener('click', closePanel);

  function showNode(n, centre) {
    selectedNode = n;
    selectedEdge = null;
    if (centre) {
      const k = Math.max(transform.k, 1.5);
      d3.select(canvas).call(zoom.transform,
                             d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-n.x, -n.y));
    }
    const facts = n.facts.slice().sort((a, b) => b.weight - a.weight);
    const list = el('ul', '');
    for (const e of facts.slice(0, 300)) {
      list.append(el('li', '', e.s === n.index ? '' : entityLink(nodes[e.s]), e.s === n.index ? '' : ' ',
                     el('span', 'relation', relations[e.r]), ' ',
                     e.o === n.index ? el('span', 'meta', '(this entity)') : entityLink(nodes[e.o]),
                     ' ', link(`(${plural(e.weight, 'article')})`, () => showEdge(e))));
    }
    if (facts.length > 300) list.append(el('li', 'meta', `and ${facts.length - 300} more`));
    const said = n.quotes.slice(0, 100).map((q) => el(
        'div', 'evidence', el('blockquote', '', q.text),
        el('div', 'meta', articleLine(articles[q.article], q.cue ? `cue: ${q.cue}` : ''))));
    openPanel(el('h3', '', n.name),
              el('div', 'meta', [types[n.type].name, n.key, plural(n.mentions, 'mention'),
                                 n.first ? `seen ${n.first} to ${n.last}` : '',
                                 n.shown ? '' : 'hidden by the filters'].filter((s) => s).join(' · ')),
              el('h4', '', 'Also called'), el('div', '', n.aliases.join('; ') || '(no other name)'),
              el('h4', '', `Facts (${facts.length})`), facts.length ? list : el('div', 'meta', 'none'),
              el('h4', '', `Quotes (${n.quotes.length})`),
              ...(said.length ? said : [el('div', 'meta', 'none')]));
  }

  function showEdge(e) {
    selectedEdge = e;
    selectedNode = null;
    const mentions = e.mentions.slice().sort((a, b) => (a.date || '').localeCompare(b.date || ''));
    const sentences = mentions.map((m) => el(
        'div', 'evidence', el('blockquote', '', m.sentence || '(sentence not stored)'),
        el('div', 'meta', articleLine(articles[m.article], m.date ? '' : 'undated',
                                      m.claimedBy ? `claimed by ${m.claimedBy}` : '',
                                      `"${m.predicate}"`, m.hedged ? 'hedged' : '',
                                      m.negated ? 'negated' : '', `confidence ${m.confidence}`))));
    const articleCount = new Set(e.mentions.map((m) => m.article)).size;
    openPanel(el('h3', '', entityLink(nodes[e.s]), ' ', el('span', 'relation', relations[e.r]), ' ',
                 entityLink(nodes[e.o])),
              el('div', 'meta', [`"${e.predicate}"`, plural(e.weight, 'article'),
                                 plural(articleCount, 'article'),
                                 e.first ? `${e.first} to ${e.last}` : ''].filter((s) => s).join(' · ')),
              el('h4', '', 'Evidence'), ...sentences);
  }

  // ---- search over names and aliases ----
  const search = $('search'), results = $('search-results');
  let matches = [], active = 0;
  function match(query) {
    const scored = [];
    for (const n of nodes) {
      let best = 4, via = '';
      n.names.forEach((name, i) => {
        const at = name.indexOf(query);
        if (at < 0) return;
        const score = name === query ? 0 : at === 0 ? 1 : /[\s\-.'(]/.test(name[at - 1]) ? 2 : 3;
        if (score < best) { best = score; via = i === 0 ? '' : [n.name, ...n.aliases, n.key][i]; }
      });
      if (best < 4) scored.push({n, best, via});
    }
    scored.sort((a, b) => a.best - b.best || b.n.mentions - a.n.mentions);
    return scored.slice(0, 20);
  }
  function showMatches() {
    results.replaceChildren(...matches.map((m, i) => {
      const li = el('li', i === active ? 'active' : '', m.n.name, ' ',
                    el('span', 'via', `${types[m.n.type].name}${m.via ? ', as "' + m.via + '"' : ''}`));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(m.n); });
      return li;
    }));
    results.hidden = !matches.length;
  }
  function choose(n) {
    results.hidden = true;
    search.blur();
    showNode(n, true);
  }
  search.addEventListener('input', () => {
    const query = search.value.trim().toLowerCase();
    matches = query ? match(query) : [];
    active = 0;
    showMatches();
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      active = (active + (ev.key === 'ArrowDown' ? 1 : matches.length - 1)) % Math.max(matches.length, 1);
      showMatches();
      ev.preventDefault();
    } else if (ev.key === 'Enter' && matches.length) {
      choose(matches[active].n);
    } else if (ev.key === 'Escape') {
      results.hidden = true;
    }
  });
  search.addEventListener('blur', () => { results.hidden = true; });

  // ---- start ----
  buildFilters();
  window.addEventListener('resize', resize);
  resize();
  applyFilters();
  startLayout();
  // What a test or a benchmark reads (tests/readers/html_view.js).
  window.kgView = {
    timings,
    ticks: () => ticks,
    laidOut: () => laidOut,
    layoutIn: () => layoutIn,
    edgePoint(i) {  // the client coordinates of the middle of edge i
      const g = geometry(edges[i]), box = canvas.getBoundingClientRect();
      const [x, y] = transform.apply([g.mx, g.my]);
      return {x: box.left + x, y: box.top + y};
    },
  };
})();

// The force layout; nodes carry x, y and r, links are [source index, target index] pairs.
// Self-contained, as the layout worker gets its text.
function makeSimulation(d3, nodes, links, alphaDecay) {
  return d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links.map(([s, t]) => ({source: s, target: t}))).distance(50))
      .force('charge', d3.forceManyBody().strength(-60).theta(0.9).distanceMax(800))
      .force('x', d3.forceX().strength(0.03))
      .force('y', d3.forceY().strength(0.03))
      .force('collide', d3.forceCollide((n) => n.r + 2).iterations(1))
      .alphaDecay(alphaDecay)
      .stop();
}

// The layout worker: runs the simulation and posts the positions every 40 ms or so.
function layoutWorker() {
  self.onmessage = (ev) => {
    const {xy, r, links, alphaDecay} = ev.data;
    const nodes = r.map((radius, i) => ({x: xy[2 * i], y: xy[2 * i + 1], r: radius}));
    const simulation = makeSimulation(self.d3, nodes, links, alphaDecay);
    let ticks = 0;
    for (;;) {
      const start = performance.now();
      while (simulation.alpha() > simulation.alphaMin() && performance.now() - start < 40) {
        simulation.tick();
        ticks++;
      }
      const positions = new Float64Array(2 * nodes.length);
      nodes.forEach((n, i) => { positions[2 * i] = n.x; positions[2 * i + 1] = n.y; });
      const [alpha, alphaMin] = [simulation.alpha(), simulation.alphaMin()];
      self.postMessage({positions, ticks, alpha, alphaMin}, [positions.buffer]);
      if (alpha <= alphaMin) return;
    }
  };
}
