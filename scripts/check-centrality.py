#!/usr/bin/env python3
"""Recompute every centrality of a GraphML written by kct with networkx and compare (for people, not CI).

    python3 scripts/check-centrality.py NETWORK.graphml [--tolerance 1e-6]

Needs networkx (and numpy/scipy for the eigenvector), e.g. Debian's python3-networkx python3-scipy.
Weighted betweenness is taken from igraph when it is installed (Debian's python3-igraph): igraph, like
kct, treats path lengths within a relative 1e-10 as equal, while networkx compares sums of 1/w exactly
and misses ties such as 1/2 + 1/12 = 1/3 + 1/4. Exit status 0 when every value agrees within the
tolerance, 1 otherwise. Definitions: METHODS.md.
"""
import argparse
import math
import sys

import networkx as nx


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphml")
    parser.add_argument("--tolerance", type=float, default=1e-6)
    args = parser.parse_args()

    G = nx.read_graphml(args.graphml)
    if G.is_directed() or G.is_multigraph():
        sys.exit("expected an undirected simple graph")
    for u, v, d in G.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    n = G.number_of_nodes()

    reference = {}
    expected = {
        "degree": nx.degree_centrality(G) if n > 1 else {v: 0.0 for v in G},
        "strength": dict(G.degree(weight="weight")),
        "betweenness": betweenness(G, reference),
        "closeness": nx.closeness_centrality(G, distance="distance", wf_improved=True),
        "eigenvector": eigenvector(G),
        "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000) if n else {},
    }
    worst_all = 0.0
    for name, values in expected.items():
        worst, where = 0.0, None
        missing = [v for v in G if name not in G.nodes[v]]
        if missing:
            print(f"{name:12s} missing on {len(missing)} nodes")
            worst_all = math.inf
            continue
        for v in G:
            diff = abs(G.nodes[v][name] - values[v])
            if diff > worst:
                worst, where = diff, G.nodes[v].get("label", v)
        worst_all = max(worst_all, worst)
        verdict = "ok" if worst <= args.tolerance else "DIFFERS"
        print(f"{name:12s} max |kct - {reference.get(name, 'networkx')}| = {worst:.3g} {verdict}"
              + (f" (at {where})" if worst else ""))
    print(f"{n} nodes, {G.number_of_edges()} edges, networkx {nx.__version__}")
    sys.exit(0 if worst_all <= args.tolerance else 1)


def betweenness(G, reference):
    """Normalised weighted betweenness from igraph (ties within its relative tolerance), else networkx."""
    try:
        import igraph
    except ImportError:
        print("igraph not installed (apt-get install -y python3-igraph): betweenness from networkx, which"
              " compares path lengths exactly and may miss ties that kct counts", file=sys.stderr)
        return nx.betweenness_centrality(G, normalized=True, weight="distance")
    reference["betweenness"] = f"igraph {igraph.__version__}"
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    g = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in G.edges()], directed=False)
    raw = g.betweenness(weights=[d["distance"] for _, _, d in G.edges(data=True)]) if g.ecount() else [0.0] * n
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0  # igraph counts unordered pairs, unnormalised
    return {v: raw[index[v]] * scale for v in nodes}


def eigenvector(G):
    """The principal eigenvector, non-negative, unit norm; kct's conventions for edgeless parts."""
    if G.number_of_edges() == 0:
        return {v: 0.0 for v in G}  # networkx would give 1/sqrt(n); kct defines 0
    H = G.subgraph([v for v in G if G.degree(v) > 0])
    if nx.is_connected(H):
        x = nx.eigenvector_centrality_numpy(H, weight="weight")
    else:  # networkx's power iteration, to its limit: the projection of the uniform start
        x = nx.eigenvector_centrality(H, weight="weight", max_iter=1000000, tol=1e-13)
    return {v: x.get(v, 0.0) for v in G}


if __name__ == "__main__":
    main()
