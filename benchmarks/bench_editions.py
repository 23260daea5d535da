"""Comparing two editions of GLOTIP data: every figure of both, with how it was revised.

Why this figure: View > Compare editions and the ``revisions`` command compare
whole editions; a newer GLOTIP export has about 60,000 rows, and the
comparison must feel immediate (target 2 s).

Data: the shared GLOTIP workbook read once (46,556 rows), grown to about
60,000 figures by repeating 40% of its observations under later years, as the
old edition; the new edition is the same with 5% of exact figures raised, 1%
withdrawn and 1,000 figures added. Without the workbook, the synthetic demo
dataset is grown the same way (the figure says which). Each sample times
``compare_editions(old, new)`` on freshly built Dataset objects (nothing
cached). Baseline, same run: a plain pandas outer merge of the two
observation tables on their key, the least any comparison must do.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd
from bench_import import WORKBOOK
from common import Row, summarise

TARGET_S = 2.0
KEY = ["iso3", "year", "indicator", "dimension", "category", "sex", "age"]


def _source_dataset():
    if WORKBOOK.is_file():
        from explorer.io.importing.importers import read_any

        return read_any(WORKBOOK)[0], "GLOTIP workbook"
    from explorer.core.demo.generate import demo_dataset

    return demo_dataset(), "demo dataset, no GLOTIP workbook"


def _editions(source) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(old observations, new observations, flows) of about 60,000 figures each."""
    obs = source.observations
    rng = np.random.default_rng(18)
    repeated = obs.sample(frac=0.4, random_state=18).assign(year=lambda f: f["year"] + 40)
    old = pd.concat([obs, repeated], ignore_index=True)
    new = old.copy()
    exact = np.flatnonzero(new["value"].notna().to_numpy())
    raised = rng.choice(exact, size=len(exact) // 20, replace=False)
    new.loc[raised, "value"] = new.loc[raised, "value"] + 1
    withdrawn = rng.choice(len(new), size=len(new) // 100, replace=False)
    added = new.sample(n=1000, random_state=19).assign(year=lambda f: f["year"] + 100)
    new = pd.concat([new.drop(index=withdrawn), added], ignore_index=True)
    return old, new, source.flows


def measure(runs: int = 5) -> list[Row]:
    from explorer.core.data.dataset import Dataset
    from explorer.core.editions.compare import compare_editions

    source, label = _source_dataset()
    old_obs, new_obs, flows = _editions(source)
    figures = len(old_obs) + len(flows)
    ours: list[float] = []
    plain: list[float] = []
    for i in range(runs):
        old = Dataset("old", source.provenance, observations=old_obs, flows=flows)
        new = Dataset("new", source.provenance, observations=new_obs, flows=flows)
        start = time.perf_counter()
        revisions = compare_editions(old, new)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        old_obs.merge(new_obs, on=KEY, how="outer", suffixes=("_old", "_new"), indicator=True)
        plain.append(time.perf_counter() - start)
        print(
            f"  editions {i + 1}/{runs}: {figures:,} figures each, {revisions.counts()}, "
            f"{ours[-1]:.3f} s (plain merge {plain[-1]:.3f} s)",
            file=sys.stderr,
        )
    return [
        summarise(
            f"compare two editions ({label} grown to {figures:,} figures each; every figure, "
            f"with its kind and direction) (s)",
            ours,
            target=TARGET_S,
            baseline="plain pandas outer merge of the two observation tables",
            baseline_samples=plain,
        )
    ]
