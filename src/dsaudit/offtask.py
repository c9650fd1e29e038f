"""Off-task rows: small, tight clusters of rows far from the rest of their answer group.

CUBE (Cui et al. 2022) finds poisoned training rows as separate clusters in representation
space; spectral signatures find them along a dominant direction. Both rest on one fact: rows
that teach something else than the task sit apart from the task's own rows. Per answer label
(or for the whole dataset when answers are free), dsaudit measures each row's cosine distance
to its group's centroid, takes the rows beyond a robust cut (median + k * MAD), and keeps the
ones that cluster with each other: a lone odd row is normal; several alike odd rows are not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_GROUP = 40  # fewer rows give no stable centroid
MAD_CUT = 5.0  # robust z above which a row is far from its group
MIN_CLUSTER = 3
MAX_SHARE = 0.05  # a "cluster" holding more than this share of its group is a sub-task
LINK = 0.65  # cosine similarity that joins two far rows into one cluster


@dataclass(frozen=True)
class OffTaskCluster:
    group: str
    rows: list[int]
    distance: float  # mean cosine distance of the cluster to its group centroid
    typical: float  # median distance of the group's rows


def find_clusters(vectors: np.ndarray, rows: np.ndarray, groups: list[str]) -> list[OffTaskCluster]:
    """Clusters of far rows per group; `vectors` are L2-normalised, one per row."""
    out: list[OffTaskCluster] = []
    keys = np.asarray(groups)
    for group in sorted(set(groups)):
        members = np.flatnonzero(keys == group)
        if len(members) < MIN_GROUP:
            continue
        x = vectors[members].astype(np.float32)
        centroid = x.mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        distance = 1.0 - x @ centroid
        median = float(np.median(distance))
        mad = float(np.median(np.abs(distance - median))) or 1e-6
        far = np.flatnonzero((distance - median) / (1.4826 * mad) >= MAD_CUT)
        if len(far) < MIN_CLUSTER:
            continue
        for cluster in _components(x[far] @ x[far].T >= LINK):
            if MIN_CLUSTER <= len(cluster) <= MAX_SHARE * len(members):
                picked = far[cluster]
                out.append(
                    OffTaskCluster(
                        group,
                        sorted(int(r) for r in rows[members[picked]]),
                        float(distance[picked].mean()),
                        median,
                    )
                )
    return out


def _components(adjacency: np.ndarray) -> list[np.ndarray]:
    """Connected components of a small boolean adjacency matrix."""
    n = len(adjacency)
    seen = np.zeros(n, bool)
    out = []
    for start in range(n):
        if seen[start]:
            continue
        stack, members = [start], []
        seen[start] = True
        while stack:
            node = stack.pop()
            members.append(node)
            for nxt in np.flatnonzero(adjacency[node] & ~seen):
                seen[nxt] = True
                stack.append(int(nxt))
        out.append(np.asarray(sorted(members)))
    return out
