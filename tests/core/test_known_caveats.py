"""The caveats the app writes are the ones it can translate, word for word."""

from __future__ import annotations

from explorer.core.data.known_caveats import KNOWN, caveat_text
from explorer.core.demo.generate import DEMO_PROVENANCE
from explorer.io.readers.glotip.reader import CAVEATS as GLOTIP_CAVEATS
from explorer.io.readers.tables.flows import CAVEATS as FLOW_TABLE_CAVEATS


def test_every_caveat_the_readers_and_the_demo_write_is_known():
    written = [*DEMO_PROVENANCE.caveats, *GLOTIP_CAVEATS, *FLOW_TABLE_CAVEATS]
    assert [c for c in written if c not in KNOWN] == []


def test_a_caveat_without_translation_reads_as_written():
    assert caveat_text("A note from the user's file.", "fr") == "A note from the user's file."
    assert caveat_text(GLOTIP_CAVEATS[1], None) == GLOTIP_CAVEATS[1]
