"""Which time a revocation is compared with: a trusted timestamp's, never only the laptop's clock."""

from __future__ import annotations

import datetime as dt

from desktop.documents.seal_verify import TimestampReport, sealing_time

CLAIMED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)  # what the sealing laptop says (set back?)


def _stamp(time: str, trusted: bool = True) -> TimestampReport:
    return TimestampReport("TS1", time=time, tsa_subject="TSA", tsa_sha256="ab", intact=True, valid=True,
                           trusted=trusted)  # fmt: skip


def test_without_a_timestamp_the_claimed_time_counts_and_is_not_proven() -> None:
    assert sealing_time(CLAIMED, ()) == (CLAIMED, False)


def test_a_trusted_timestamp_is_the_time_the_seal_is_proven_to_exist() -> None:
    later = "2026-11-28T14:00:00+00:00"  # the sync after the laptop was lost on the 27th
    moment, proven = sealing_time(CLAIMED, (_stamp(later), _stamp("2026-12-05T10:00:00+00:00")))
    assert (moment, proven) == (dt.datetime(2026, 11, 28, 14, 0, tzinfo=dt.UTC), True)


def test_an_untrusted_or_broken_timestamp_proves_nothing() -> None:
    assert sealing_time(CLAIMED, (_stamp("2026-11-28T14:00:00+00:00", trusted=False),)) == (CLAIMED, False)
    broken = TimestampReport("TS1", time="2026-11-28T14:00:00+00:00", intact=False, valid=True, trusted=True)
    assert sealing_time(CLAIMED, (broken,)) == (CLAIMED, False)
