#!/usr/bin/python3
"""The obvious alternative to `kct rank`: a pandas + networkx script over the canonical CSV.

    /usr/bin/python3 scripts/rank_pandas.py CSV --target CN [--level subclass|group]
        [--betweenness-samples K] [--rows N] [--json OUT] [--generality fractional|pooled]
        [--country-of-patent first|first-known]

Benchmark comparison only (scripts/bench-rank); not used by CI or tests. Needs Debian's python3-pandas,
python3-networkx and python3-scipy (apt-get install -y python3-pandas python3-networkx python3-scipy).

It computes what METHODS.md defines, with kct's defaults, in plain pandas + networkx style:
  network     distinct technologies per patent at the level; nodes = every technology; edge weight =
              patents holding both (full counting); distance 1/w
  centrality  degree, betweenness (distance 1/w, normalised; networkx's k= sampling with
              --betweenness-samples), closeness (distance 1/w, wf_improved), eigenvector (weighted)
  dominance   share, growth (LS slope of ln(1+n_t) over every year of the selection), forward citations
              (resolved inside the CSV, self-citations dropped), generality (HJT, patents with >= 2 cites)
  barrier     hhi and cr4 (fractional applicants, names normalised), complexity (method of reflections,
              eigenvector form, solved on the country side as the Growth Lab's ecomplexity package does),
              science_linkage (NPL per patent)
  position    target_share and target_rta (Balassa); country of a patent = the first applicant's country
              (METHODS.md), or with --country-of-patent first-known the first applicant that has one (kct)
  scoring     min-max (missing -> column minimum, constant -> 0), entropy weights, TOPSIS per family and
              across the three families; chokepoint_score = key x (1 - target_share); classes with
              key-top = max(10, ceil(20 %)); ties by code.
A technology missing a value (no patent with two forward citations: no generality) takes the column's
minimum, as kct does. Prints the top 20 and its own wall time (CSV read included, interpreter start
not); stage times go to stderr.
"""
import argparse
import json
import math
import re
import sys
import time

T0 = time.perf_counter()

import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

COLUMNS = ["id", "ipc", "priority_date", "filing_date", "publication_date", "applicants",
           "applicant_countries", "cited", "npl_citations"]
FAMILIES = {
    "centrality": ["degree", "betweenness", "closeness", "eigenvector"],
    "dominance": ["share", "growth", "forward_citations", "generality"],
    "barrier": ["hhi", "cr4", "complexity", "science_linkage"],
}
IPC = re.compile(r"^\s*([A-H])(\d{2})([A-Z])\s*(\d+)?")
# legal forms dropped from the end of applicant names (kct's list, as an analyst would copy it)
LEGAL_FORMS = ["INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "LTDA", "LLC",
               "L L C", "LLP", "L L P", "LP", "L P", "PLC", "PTY", "PVT", "PRIVATE LIMITED", "GMBH", "G M B H",
               "MBH", "M B H", "GES M B H", "GESMBH", "AG", "KG", "KGAA", "OHG", "E V", "SE", "SA", "S A", "SAS",
               "S A S", "SARL", "S A R L", "SAU", "S A U", "SPA", "S P A", "SRL", "S R L", "SL", "S L", "NV",
               "N V", "BV", "B V", "AB", "OY", "OYJ", "AS", "A S", "ASA", "APS", "KK", "K K", "KABUSHIKI KAISHA",
               "KABUSHIKIKAISHA", "YUGEN KAISHA", "GODO KAISHA"]
TRAILING = re.compile(r"(?:\s+(?:" + "|".join(LEGAL_FORMS) + r"))+$")

stages = {}


def stage(name, started):
    stages[name] = time.perf_counter() - started
    return time.perf_counter()


def split_list(frame, column):
    """One row per element of a ';'-separated list cell (stripped, empties dropped)."""
    out = frame.assign(**{column: frame[column].str.split(";")}).explode(column)
    out[column] = out[column].str.strip()
    return out[out[column].notna() & (out[column] != "")]


def cut(codes, level):
    """IPC symbols cut to the level: subclass 'H01L', group 'H01L 21/00'."""
    parts = codes.str.extract(IPC)
    subclass = parts[0] + parts[1] + parts[2]
    if level == "subclass":
        return subclass
    if level == "class":
        return parts[0] + parts[1]
    if level == "section":
        return parts[0]
    group = pd.to_numeric(parts[3], errors="coerce")
    return (subclass + " " + group.astype("Int64").astype(str) + "/00").where(group.notna())


def normalise_names(names):
    s = names.str.upper().str.replace(r"[^\w\s]+", " ", regex=True).str.replace(r"\s+", " ", regex=True).str.strip()
    return s.str.replace(TRAILING, "", regex=True).where(lambda x: x != "", s)


def minmax(col):
    col = col.fillna(col.min())
    lo, hi = col.min(), col.max()
    if not np.isfinite(lo) or hi - lo <= 1e-12 * max(abs(lo), abs(hi)):
        return col * 0.0
    return (col - lo) / (hi - lo)


def entropy_weights(y):
    m = len(y)
    e = {}
    for c in y.columns:
        col = y[c]
        if m <= 1 or col.sum() <= 0 or col.max() - col.min() <= 1e-12 * max(abs(col.min()), abs(col.max())):
            e[c] = 1.0
            continue
        p = col / col.sum()
        plogp = (p * np.log(p.where(p > 0, 1.0))).sum()
        e[c] = min(1.0, -plogp / math.log(m))
    d = pd.Series({c: max(0.0, 1 - e[c]) for c in y.columns})
    return d / d.sum() if d.sum() > 0 else pd.Series(1.0 / len(d), index=d.index)


def topsis(y, w):
    v = y * w
    d_plus = np.sqrt(((v - v.max()) ** 2).sum(axis=1))
    d_minus = np.sqrt(((v - v.min()) ** 2).sum(axis=1))
    total = d_plus + d_minus
    return (d_minus / total).where(total > 0, 0.0)


def score(frame):
    y = frame.apply(minmax)
    w = entropy_weights(y)
    return topsis(y, w), w


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv")
    ap.add_argument("--target", required=True)
    ap.add_argument("--level", default="subclass", choices=["section", "class", "subclass", "group"])
    ap.add_argument("--betweenness-samples", type=int, default=0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--rows", type=int, default=None, help="read only the first N records")
    ap.add_argument("--generality", default="fractional", choices=["fractional", "pooled"],
                    help="share of class j among citing patents' technologies: a citing patent with k "
                         "technologies gives 1/k to each (fractional, default) or 1 to each (pooled)")
    ap.add_argument("--country-of-patent", default="first", choices=["first", "first-known"],
                    help="the first applicant's country as METHODS.md says (first, default) or the first "
                         "applicant that has a country, as kct does (first-known)")
    ap.add_argument("--json", help="also write every indicator and score of every technology here")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    target = args.target.upper()

    t = time.perf_counter()
    df = pd.read_csv(args.csv, dtype=str, keep_default_na=False, usecols=COLUMNS, nrows=args.rows)
    df["row"] = np.arange(len(df))
    N = len(df)
    t = stage("read csv", t)

    # year on the priority basis, falling back to filing then publication
    year = pd.Series(np.nan, index=df.index)
    for c in ["priority_date", "filing_date", "publication_date"]:
        year = year.fillna(pd.to_numeric(df[c].str[:4], errors="coerce"))
    df["year"] = year
    # technologies per patent (distinct)
    codes = split_list(df[["row", "ipc"]], "ipc")
    codes["tech"] = cut(codes["ipc"], args.level)
    codes = codes.dropna(subset=["tech"]).drop_duplicates(["row", "tech"])[["row", "tech"]]
    techs = sorted(codes["tech"].unique())
    codes["tid"] = pd.Categorical(codes["tech"], categories=techs).codes
    n_i = codes.groupby("tech").size().reindex(techs, fill_value=0)
    t = stage("technologies", t)

    # co-occurrence network
    pairs = codes[["row", "tid"]].merge(codes[["row", "tid"]], on="row")
    pairs = pairs[pairs["tid_x"] < pairs["tid_y"]]
    edges = pairs.groupby(["tid_x", "tid_y"]).size().reset_index(name="weight")
    del pairs
    G = nx.Graph()
    G.add_nodes_from(techs)
    for a, b, w in edges.itertuples(index=False):
        G.add_edge(techs[a], techs[b], weight=float(w), distance=1.0 / w)
    t = stage("network", t)

    ind = pd.DataFrame(index=pd.Index(techs, name="code"))
    ind["patents"] = n_i
    ind["degree"] = pd.Series(nx.degree_centrality(G))
    t = stage("degree", t)
    k = args.betweenness_samples if 0 < args.betweenness_samples < G.number_of_nodes() else None
    ind["betweenness"] = pd.Series(nx.betweenness_centrality(G, k=k, normalized=True, weight="distance",
                                                             seed=args.seed))
    t = stage("betweenness", t)
    ind["closeness"] = pd.Series(nx.closeness_centrality(G, distance="distance", wf_improved=True))
    t = stage("closeness", t)
    if G.number_of_nodes() > 2:
        ind["eigenvector"] = pd.Series(nx.eigenvector_centrality_numpy(G, weight="weight"))
    else:  # ARPACK needs three nodes or more
        vals, vecs = np.linalg.eigh(nx.to_numpy_array(G, nodelist=techs, weight="weight"))
        ind["eigenvector"] = np.abs(vecs[:, -1]) if G.number_of_edges() else 0.0
    t = stage("eigenvector", t)

    # dominance
    ind["share"] = n_i / N
    y0, y1 = int(df["year"].min()), int(df["year"].max())
    per_year = (codes.merge(df[["row", "year"]], on="row").dropna(subset=["year"])
                .groupby(["tech", "year"]).size().unstack(fill_value=0)
                .reindex(index=techs, columns=range(y0, y1 + 1), fill_value=0))
    ts = np.arange(y0, y1 + 1, dtype=float)
    ts -= ts.mean()
    ind["growth"] = (np.log1p(per_year) * ts).sum(axis=1) / (ts ** 2).sum()
    t = stage("growth", t)

    cites = split_list(df[["row", "cited"]], "cited")
    row_of_id = pd.Series(df["row"].values, index=df["id"])
    cites["cited_row"] = cites["cited"].map(row_of_id)
    cites = cites.dropna(subset=["cited_row"])
    cites["cited_row"] = cites["cited_row"].astype(np.int64)
    cites = cites[cites["cited_row"] != cites["row"]][["row", "cited_row"]]
    fwd = cites.groupby("cited_row").size().reindex(range(N), fill_value=0)
    ind["forward_citations"] = codes.assign(f=fwd.values[codes["row"].values]).groupby("tech")["f"].mean()
    t = stage("forward citations", t)

    # generality: per cited patent with >= 2 citing patents, 1 - sum_j s_j^2 over the citing technologies
    k_row = codes.groupby("row").size()
    citing_tech = codes[["row", "tid"]].assign(
        w=1.0 / k_row.reindex(codes["row"]).values if args.generality == "fractional" else 1.0)
    c2 = cites[cites["cited_row"].map(fwd) >= 2]
    c2 = c2[c2["row"].isin(k_row.index)]  # citing patents without technology are left out
    m = c2.merge(citing_tech, on="row")
    mass = m.groupby(["cited_row", "tid"])["w"].sum()
    total = mass.groupby(level="cited_row").transform("sum")
    gen_patent = 1 - ((mass / total) ** 2).groupby(level="cited_row").sum()
    del m, mass, total
    ind["generality"] = (codes.merge(gen_patent.rename("g"), left_on="row", right_index=True)
                         .groupby("tech")["g"].mean())
    t = stage("generality", t)

    # barrier: applicant concentration with fractional counting
    apps = split_list(df[["row", "applicants"]], "applicants")
    apps["name"] = normalise_names(apps["applicants"])
    apps = apps.drop_duplicates(["row", "name"])
    apps["w"] = 1.0 / apps.groupby("row")["name"].transform("size")
    held = codes[["row", "tech"]].merge(apps[["row", "name", "w"]], on="row").groupby(["tech", "name"])["w"].sum()
    shares = (held / held.groupby(level="tech").transform("sum")).rename("s").reset_index()
    ind["hhi"] = (shares["s"] ** 2).groupby(shares["tech"]).sum()
    ind["cr4"] = (shares.sort_values(["tech", "s"], ascending=[True, False]).groupby("tech").head(4)
                  .groupby("tech")["s"].sum())
    t = stage("hhi, cr4", t)
    npl = pd.to_numeric(df["npl_citations"], errors="coerce")
    ind["science_linkage"] = codes.assign(npl=npl.values[codes["row"].values]).groupby("tech")["npl"].mean()

    # country of a patent: the first applicant's country (METHODS.md); kct takes the first applicant that has one
    listed = df["applicant_countries"].str.split(";")
    if args.country_of_patent == "first":
        country = listed.str[0].str.strip().str.upper()
    else:
        country = df["applicant_countries"].str.extract(r"([A-Za-z]{2})")[0].str.upper()
    country = country.where(country.str.fullmatch(r"[A-Z]{2}").fillna(False))
    P = pd.crosstab(codes["tech"], country.reindex(codes["row"].values).values).reindex(techs, fill_value=0)
    rta = (P / P.sum(axis=0)).div(P.sum(axis=1) / P.values.sum(), axis=0)

    # complexity: method of reflections, eigenvector form (country side, then mapped to technologies)
    M = (rta >= 1).astype(float)
    M = M.loc[M.sum(axis=1) > 0, M.sum(axis=0) > 0]
    if M.shape[1] >= 2 and M.shape[0] >= 2:
        k_c, k_i = M.sum(axis=0).values, M.sum(axis=1).values
        Mv = M.values
        vals, vecs = np.linalg.eig((Mv / k_c).T @ (Mv / k_i[:, None]))   # countries x countries
        second = np.argsort(vals.real)[-2]
        x = (Mv.T / k_i).T @ np.real(vecs[:, second])  # technologies: (1/k_i) sum_c M_ci u_c
        if np.corrcoef(x, k_i)[0, 1] > 0:
            x = -x
        ind["complexity"] = pd.Series((x - x.mean()) / x.std(ddof=1), index=M.index)
    else:
        ind["complexity"] = np.nan
    t = stage("complexity", t)

    # country position
    if target in P.columns:
        ind["target_share"] = P[target] / n_i
        ind["target_rta"] = rta[target]
    else:
        ind["target_share"] = 0.0
        ind["target_rta"] = 0.0

    # scores: entropy + TOPSIS inside each family, then across the families
    weights = {}
    for family, cols in FAMILIES.items():
        usable = [c for c in cols if ind[c].notna().any()]
        ind[family], weights[family] = score(ind[usable])
    ind["key_score"], weights["key"] = score(ind[list(FAMILIES)])
    ind = ind.reset_index()
    ind["key_rank"] = ind.sort_values(["key_score", "code"], ascending=[False, True]).index.argsort() + 1
    ind["chokepoint_score"] = ind["key_score"] * (1 - ind["target_share"].fillna(0))
    key_top = min(len(ind), max(10, math.ceil(0.2 * len(ind))))
    key = ind["key_rank"] <= key_top
    strong = ind["target_rta"].fillna(0) >= 1
    ind["class"] = np.select([key & ~strong, key & strong, ~key & ~strong], ["chokepoint", "strength", "watch"],
                             "other")
    ind = ind.sort_values(["chokepoint_score", "code"], ascending=[False, True]).reset_index(drop=True)
    ind.insert(0, "rank", np.arange(1, len(ind) + 1))
    stage("scores", t)
    wall = time.perf_counter() - T0

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"weights": {k: v.to_dict() for k, v in weights.items()}, "key_top": key_top,
                       "technologies": json.loads(ind.to_json(orient="records", double_precision=15))}, f, indent=1)
    with pd.option_context("display.width", 120, "display.max_columns", 20):
        print(ind[["rank", "code", "patents", "centrality", "dominance", "barrier", "key_score", "target_share",
                   "target_rta", "chokepoint_score", "class"]].head(args.top).to_string(index=False,
                                                                                        float_format="%.4f"))
    print(f"{N:,} patents, {len(techs):,} technologies ({args.level}), {G.number_of_edges():,} edges; "
          + "stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in stages.items()), file=sys.stderr)
    print(f"rank_pandas wall time: {wall:.2f} s (pandas {pd.__version__}, networkx {nx.__version__})")


if __name__ == "__main__":
    main()
