"""Quality floors on our own evaluation sets: a change that loses many claims somewhere fails here,
not only on the shared dev corpus that CI gates with `make eval`."""

from pathlib import Path

import pytest

from ctwatch.extraction import predictions_for_paths
from ctwatch.extraction.evaluate import load_scorer
from ctwatch.extraction.tests.helpers import CORPUS_SCORER

TESTS = Path(__file__).parent
SETS = sorted(p for p in TESTS.glob("heldout*") if (p / "gold").is_dir())
# K (awkward cases on purpose), O and Q (scraped pages) and P are the hardest: their floors are lower.
CLAIMS_FLOOR = {
    "heldout_aa": 0.89,
    "heldout_ab": 0.92,
    "heldout_ac": 0.87,
    "heldout_ad": 0.86,
    "heldout_ae": 0.84,
    "heldout_af": 0.87,
    "heldout_ag": 0.90,
    "heldout_ah": 0.86,
    "heldout_ai": 0.81,
    "heldout_aj": 0.90,
    "heldout_ak": 0.86,
    "heldout_al": 0.86,
    "heldout_k": 0.85,
    "heldout_o": 0.87,
    "heldout_p": 0.90,
    "heldout_q": 0.84,
    "heldout_r": 0.89,
    "heldout_s": 0.87,
    "heldout_t": 0.87,
    "heldout_v": 0.93,
    "heldout_x": 0.89,
    "heldout_y": 0.93,
}
# M's, AE's, AK's and AM's annotators counted the turns of briefing transcripts as statements; we give
# those their own kind, as SCHEMA.md's statements are words in quotation marks (HELDOUT.md).
STATEMENTS_FLOOR = {
    "heldout_ae": 0.78,
    "heldout_ak": 0.86,
    "heldout_am": 0.76,
    "heldout_m": 0.78,
    "heldout_u": 0.82,
}


@pytest.mark.skipif(not CORPUS_SCORER.is_file(), reason="the shared corpus scorer is not beside the checkout")
@pytest.mark.parametrize("corpus", SETS, ids=[p.name for p in SETS])
def test_it_keeps_claims_and_statements_above_their_floors_on_our_sets(corpus: Path) -> None:
    result, _ = load_scorer(corpus, CORPUS_SCORER).score(
        str(corpus), predictions_for_paths([str(corpus / "articles")])
    )
    # Floors a little under what each set reads now (see HELDOUT.md): room for a trade-off, none for a fall.
    assert result["claims"]["f1"] >= CLAIMS_FLOOR.get(corpus.name, 0.88), result["claims"]
    assert result["statements"]["f1"] >= STATEMENTS_FLOOR.get(corpus.name, 0.85), result["statements"]
