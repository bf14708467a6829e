#!/usr/bin/python3
"""Reads a kg export back with a real reader and prints what it saw as JSON, for the C++ tests.

usage: read_graph.py READER PATH
  graphml-networkx  networkx.read_graphml
  graphml-igraph    igraph.Graph.Read_GraphML
  gexf-networkx     networkx.read_gexf (with the viz colour and size of every node)
  neo4j-csv         Python's csv module on PATH/nodes.csv and PATH/relationships.csv
Output: {"nodes": [{"entity_id", "label", "type", "mentions", ...}], "edges": [{"source",
"target", "relation", "weight", ...}]} with source and target given as entity ids.
"""
import csv
import json
import sys


def networkx_graph(graph, entity_key):
    nodes, ids = [], {}
    for node, data in graph.nodes(data=True):
        ids[node] = data[entity_key]
        item = {"entity_id": data[entity_key], "label": data.get("label", ""),
                "type": data["type"], "mentions": data["mentions"],
                "aliases": data.get("aliases", "")}
        if "start" in data:
            item["start"], item["end"] = data.get("start"), data.get("end")
        if "viz" in data:
            item["color"] = data["viz"].get("color")
            item["size"] = data["viz"].get("size")
        nodes.append(item)
    edges = []
    for source, target, data in graph.edges(data=True):
        edges.append({"source": ids[source], "target": ids[target], "relation": data["relation"],
                      "predicate": data["predicate"], "weight": data["weight"],
                      "confidence": data.get("confidence"), "start": data.get("start"),
                      "end": data.get("end")})
    return {"nodes": nodes, "edges": edges}


def read(reader, path):
    if reader == "graphml-networkx":
        import networkx
        return networkx_graph(networkx.read_graphml(path), "entity_id")
    if reader == "gexf-networkx":
        import networkx
        return networkx_graph(networkx.read_gexf(path), "entity_id")
    if reader == "graphml-igraph":
        import igraph
        graph = igraph.Graph.Read_GraphML(path)
        nodes = [{"entity_id": v["entity_id"], "label": v["label"], "type": v["type"],
                  "mentions": int(v["mentions"]), "aliases": v["aliases"]} for v in graph.vs]
        edges = [{"source": graph.vs[e.source]["entity_id"], "target": graph.vs[e.target]["entity_id"],
                  "relation": e["relation"], "predicate": e["predicate"], "weight": int(e["weight"])}
                 for e in graph.es]
        return {"nodes": nodes, "edges": edges, "directed": graph.is_directed()}
    if reader == "neo4j-csv":
        result = {}
        for name in ("nodes", "relationships"):
            with open(f"{path}/{name}.csv", newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f, strict=True))
            result[name + "_header"] = rows[0]
            result[name] = [dict(zip(rows[0], row)) for row in rows[1:]]
            if any(len(row) != len(rows[0]) for row in rows[1:]):
                raise SystemExit(f"{name}.csv: a row has the wrong number of fields")
        return result
    raise SystemExit(f"unknown reader {reader}")


if __name__ == "__main__":
    json.dump(read(sys.argv[1], sys.argv[2]), sys.stdout, ensure_ascii=True)
    print()
