"""`graphkit viz`: the stored graph as one interactive HTML page that opens offline.

    from graphkit.viz.read import read_graph
    from graphkit.viz.build import ViewOptions, build_view
    from graphkit.viz.html import render_html

    graph = read_graph(store, since="2025-01-01")              # networkx.MultiDiGraph
    view = build_view(graph, ViewOptions(person="Андрей Белоусов", depth=2))
    Path("graph.html").write_text(render_html(view), encoding="utf-8")
"""

# Above this many entities a view keeps the most connected ones (bench/viz_open.py: 2,000 entities
# and 5,000 links are ready in a few seconds in Chromium). Here so the CLI can show it without networkx.
DEFAULT_MAX_NODES = 2000
