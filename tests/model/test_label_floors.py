"""Label accuracy on the development sets does not fall below the figures recorded when their rules were
written (end to end, macro F1, minus a small margin). The sets still blind are not here: they are scored by
hand, once, on final rules (tests/data/README.md). Every document the extractor produces is schema-valid."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claims.extraction import extract_many
from claims.label_eval import load_label_gold, score_labels
from claims.serialize import schema_errors, to_dict
from claims.text import InputDocument

if TYPE_CHECKING:
    from spacy.language import Language

DATA = Path(__file__).parent.parent / "data"
MARGIN = 0.02
#: macro F1 recorded for each development set on the rules of session 9 (blind43-48: session 12; blind49-54:
#: session 13; blind55-60: session 14; blind61-66: session 15; blind67-72: session 16; blind73-78: session 17;
#: blind79-90: session 18; blind91-102: session 19; blind103-114: session 20; blind115-120: session 21;
#: blind121-126: session 22; blind127-138: session 23; blind139-144: session 24; blind145-150: session 25;
#: blind151-156: session 26; see the README's Accuracy); blind7-156 were blind until scored once, then read,
#: so they are development sets here (blind157-162 are still blind). blind40 was
#: lowered in session 16 from 0.830: reading an accused party's own account as a weak denial (0.55) costs it
#: three statements, and gains 0.03 on blind61-72. blind22 (from 0.802), blind41 (from 0.840) and blind60
#: (from 0.721) were lowered in session 17 to their scores then: reading what a party is said to have done as
#: a charge when that party answers later (answered_by_party) moves ten of their labels away from gold and two
#: to it, mostly an event the party then comments on ("the club said Loftus retained the backing of the
#: board"; "filings show Harcastle halved its contributions"), and gains 0.02 to 0.10 on most of blind46-78
FLOORS = {
    "labels": 0.965,
    "labels_heldout": 0.942,
    "labels_dev2": 0.865,
    "labels_dev3": 0.962,
    "labels_dev4": 0.920,
    "labels_dev5": 0.921,
    "labels_dev6": 0.779,
    "labels_dev7": 0.898,
    "labels_dev8": 0.862,
    "labels_dev9": 0.873,
    "labels_dev10": 0.855,
    "labels_dev11": 0.945,
    "labels_dev12": 0.879,
    "labels_dev13": 0.820,
    "labels_dev14": 0.845,
    "labels_dev15": 0.824,
    "labels_dev16": 0.852,
    "labels_dev17": 0.894,
    "labels_dev18": 0.833,
    "labels_dev19": 0.884,
    "labels_blind7": 0.833,
    "labels_blind8": 0.841,
    "labels_blind9": 0.769,
    "labels_blind10": 0.746,
    "labels_blind11": 0.773,
    "labels_blind12": 0.802,
    "labels_blind13": 0.840,
    "labels_blind14": 0.847,
    "labels_blind15": 0.858,
    "labels_blind16": 0.814,
    "labels_blind17": 0.787,
    "labels_blind18": 0.839,
    "labels_blind19": 0.835,
    "labels_blind20": 0.818,
    "labels_blind21": 0.794,
    "labels_blind22": 0.778,
    "labels_blind23": 0.745,
    "labels_blind24": 0.831,
    "labels_blind25": 0.871,
    "labels_blind26": 0.722,
    "labels_blind27": 0.745,
    "labels_blind28": 0.758,
    "labels_blind29": 0.847,
    "labels_blind30": 0.812,
    "labels_blind31": 0.829,
    "labels_blind32": 0.795,
    "labels_blind33": 0.783,
    "labels_blind34": 0.847,
    "labels_blind35": 0.822,
    "labels_blind36": 0.840,
    "labels_blind37": 0.720,
    "labels_blind38": 0.741,
    "labels_blind39": 0.745,
    "labels_blind40": 0.793,
    "labels_blind41": 0.815,
    "labels_blind42": 0.794,
    "labels_blind43": 0.774,
    "labels_blind44": 0.742,
    "labels_blind45": 0.743,
    "labels_blind46": 0.682,
    "labels_blind47": 0.722,
    "labels_blind48": 0.741,
    "labels_blind49": 0.737,
    "labels_blind50": 0.695,
    "labels_blind51": 0.738,
    "labels_blind52": 0.698,
    "labels_blind53": 0.789,
    "labels_blind54": 0.666,
    "labels_blind55": 0.760,
    "labels_blind56": 0.755,
    "labels_blind57": 0.750,
    "labels_blind58": 0.770,
    "labels_blind59": 0.678,
    "labels_blind60": 0.700,
    "labels_blind61": 0.582,
    "labels_blind62": 0.655,
    "labels_blind63": 0.676,
    "labels_blind64": 0.585,
    "labels_blind65": 0.739,
    "labels_blind66": 0.639,
    "labels_blind67": 0.721,
    "labels_blind68": 0.769,
    "labels_blind69": 0.760,
    "labels_blind70": 0.674,
    "labels_blind71": 0.623,
    "labels_blind72": 0.656,
    "labels_blind73": 0.813,
    "labels_blind74": 0.707,
    "labels_blind75": 0.744,
    "labels_blind76": 0.669,
    "labels_blind77": 0.669,
    "labels_blind78": 0.708,
    "labels_blind79": 0.683,
    "labels_blind80": 0.857,
    "labels_blind81": 0.671,
    "labels_blind82": 0.740,
    "labels_blind83": 0.793,
    "labels_blind84": 0.820,
    "labels_blind85": 0.821,
    "labels_blind86": 0.697,
    "labels_blind87": 0.751,
    "labels_blind88": 0.762,
    "labels_blind89": 0.745,
    "labels_blind90": 0.709,
    "labels_blind91": 0.708,
    "labels_blind92": 0.783,
    "labels_blind93": 0.652,
    "labels_blind94": 0.754,
    "labels_blind95": 0.814,
    "labels_blind96": 0.759,
    "labels_blind97": 0.779,
    "labels_blind98": 0.749,
    "labels_blind99": 0.710,
    "labels_blind100": 0.831,
    "labels_blind101": 0.744,
    "labels_blind102": 0.783,
    "labels_blind103": 0.811,
    "labels_blind104": 0.809,
    "labels_blind105": 0.761,
    "labels_blind106": 0.815,
    "labels_blind107": 0.653,
    "labels_blind108": 0.815,
    "labels_blind109": 0.662,
    "labels_blind110": 0.800,
    "labels_blind111": 0.760,
    "labels_blind112": 0.720,
    "labels_blind113": 0.793,
    "labels_blind114": 0.701,
    "labels_blind115": 0.815,
    "labels_blind116": 0.744,
    "labels_blind117": 0.785,
    "labels_blind118": 0.828,
    "labels_blind119": 0.834,
    "labels_blind120": 0.795,
    "labels_blind121": 0.821,
    "labels_blind122": 0.712,
    "labels_blind123": 0.762,
    "labels_blind124": 0.716,
    "labels_blind125": 0.764,
    "labels_blind126": 0.752,
    "labels_blind127": 0.753,
    "labels_blind128": 0.742,
    "labels_blind129": 0.823,
    "labels_blind130": 0.725,
    "labels_blind131": 0.843,
    "labels_blind132": 0.838,
    "labels_blind133": 0.793,
    "labels_blind134": 0.797,
    "labels_blind135": 0.742,
    "labels_blind136": 0.753,
    "labels_blind137": 0.711,
    "labels_blind138": 0.808,
    "labels_blind139": 0.750,
    "labels_blind140": 0.760,
    "labels_blind141": 0.854,
    "labels_blind142": 0.782,
    "labels_blind143": 0.736,
    "labels_blind144": 0.758,
    "labels_blind145": 0.731,
    "labels_blind146": 0.745,
    "labels_blind147": 0.750,
    "labels_blind148": 0.769,
    "labels_blind149": 0.854,
    "labels_blind150": 0.828,
    "labels_blind151": 0.771,
    "labels_blind152": 0.819,
    "labels_blind153": 0.836,
    "labels_blind154": 0.821,
    "labels_blind155": 0.804,
    "labels_blind156": 0.783,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_set_keeps_its_score(name: str, nlp: Language) -> None:
    gold = load_label_gold(DATA / f"{name}.jsonl")
    items = [InputDocument(id=r["id"], text=r["text"], origin=r["id"]) for r in gold]
    predictions: dict[str, dict[str, Any]] = {}
    for record in extract_many(items, nlp=nlp):
        document = to_dict(record)
        assert schema_errors(document) == [], document
        predictions[str(document["document"]["id"])] = document
    scores = score_labels(gold, predictions)
    assert scores.macro_f1 >= FLOORS[name] - MARGIN, scores.format_table()
