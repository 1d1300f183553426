"""Norwegian dates and clock times as meeting minutes write them.

Each table row is one line as it could appear in a referat, with what the extractor
should read from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.extract.dates import (
    DateMatch,
    days_end,
    deadline,
    find_dates,
    find_time_range,
    iso,
    labelled_slash_date,
    mail_client_date,
    parse_date,
    second_day_end,
    spans_two_days,
    weekday_slash_date,
    year_from_weekday,
)
from motebok.parse import parse_bytes

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _read(text: str) -> list[tuple[int, int, int | None, int | None]]:
    """(day, month, year, weekday) of every date found, for compact tables."""
    return [(m.day, m.month, m.year, m.weekday) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Numeric with a year; two-digit years are 20xx.
        ("Dato: 17.3.22", [(17, 3, 2022, None)]),
        ("Referat fra møtet 31.08.2023", [(31, 8, 2023, None)]),
        ("Fredag 20.6.2014, kl. 0900-1440", [(20, 6, 2014, FRI)]),
        ("Møtedato 14.10.2014", [(14, 10, 2014, None)]),
        ("Dato: 17.03.2022", [(17, 3, 2022, None)]),
        ("Referat FAU møte 22.11. 2022 kl 18.00", [(22, 11, 2022, None)]),  # a space
        ("Båsløkka 13. 3. 2014", [(13, 3, 2014, None)]),
        ("Trondheim 17/3-22", [(17, 3, 2022, None)]),
        ("Sendt 17/3/2022 til medlemmene", [(17, 3, 2022, None)]),
        ("Eksportert 2022-03-17", [(17, 3, 2022, None)]),
        ("torsdag 31.08.2023 kl. 09.00 – 10.30", [(31, 8, 2023, THU)]),
        # Numeric without a year.
        ("Frist 4.9.", [(4, 9, None, None)]),
        ("Neste møte 6.5 på Teams", [(6, 5, None, None)]),
        ("Neste møte 6.5.", [(6, 5, None, None)]),
        # Written months, bokmål, nynorsk and English, with and without a year.
        ("Oslo, 4. mars 2022", [(4, 3, 2022, None)]),
        ("Bergen 4 mars 2022", [(4, 3, 2022, None)]),
        ("Innspel innan 9.mars", [(9, 3, None, None)]),
        ("Fredag 11. mars", [(11, 3, None, FRI)]),
        ("Fredag 11. mars kl. 0900", [(11, 3, None, FRI)]),
        ("Fredag, 11. mars", [(11, 3, None, FRI)]),
        ("Frist 25. mars", [(25, 3, None, None)]),
        ("Frå 1. april", [(1, 4, None, None)]),
        ("Vedteke 31. august 2023", [(31, 8, 2023, None)]),
        ("tirsdag den 4. mai", [(4, 5, None, TUE)]),
        ("Fredag den 11. mars", [(11, 3, None, FRI)]),
        ("Friday 11 March 2022", [(11, 3, 2022, FRI)]),
        ("(fredag 11.3.)", [(11, 3, None, FRI)]),
        ("Fredagsmøte 11. mars", [(11, 3, None, None)]),  # not the weekday itself
        ("tysdag 4. mai", [(4, 5, None, TUE)]),
        ("måndag 7. februar 2022", [(7, 2, 2022, MON)]),
        ("laurdag 12. februar", [(12, 2, None, SAT)]),
        ("sundag 13. februar", [(13, 2, None, SUN)]),
        ("onsdag 2. november", [(2, 11, None, WED)]),
        ("man. 7. mars", [(7, 3, None, MON)]),
        ("Meeting 4 March 2022", [(4, 3, 2022, None)]),
        ("MØTE 4. MARS 2022", [(4, 3, 2022, None)]),
        ("2. jan.", [(2, 1, None, None)]),
        ("3. feb", [(3, 2, None, None)]),
        ("4. mar. 2022", [(4, 3, 2022, None)]),
        ("5. apr.", [(5, 4, None, None)]),
        ("6. aug.", [(6, 8, None, None)]),
        ("7. sep.", [(7, 9, None, None)]),
        ("8. sept.", [(8, 9, None, None)]),
        ("9. okt.", [(9, 10, None, None)]),
        ("10. nov.", [(10, 11, None, None)]),
        ("11. des.", [(11, 12, None, None)]),
        ("12. januar, 13. juni, 14. juli og 15. desember",
         [(12, 1, None, None), (13, 6, None, None), (14, 7, None, None),
          (15, 12, None, None)]),
        ("16. september 2024 og 17. oktober 2024",
         [(16, 9, 2024, None), (17, 10, 2024, None)]),
        # Ranges and lists: the earlier days take the later day's month and year.
        ("Samling 10. og 11.6.", [(10, 6, None, None), (11, 6, None, None)]),
        ("Studietur 19. og 20.8", [(19, 8, None, None), (20, 8, None, None)]),
        ("Høring 28. mars – 20. april", [(28, 3, None, None), (20, 4, None, None)]),
        ("Kurs 1.–3. juni", [(1, 6, None, None), (3, 6, None, None)]),
        ("Kurs 1-3. juni", [(1, 6, None, None), (3, 6, None, None)]),
        ("Samling 21.–22. september 2023", [(21, 9, 2023, None), (22, 9, 2023, None)]),
        ("Samling 10.–11.6.2022", [(10, 6, 2022, None), (11, 6, 2022, None)]),
        ("Stengt fra 9. til 11. mai", [(9, 5, None, None), (11, 5, None, None)]),
        ("Møter 3., 10. og 17. mars",
         [(3, 3, None, None), (10, 3, None, None), (17, 3, None, None)]),
        ("Dato: 03-09-2024", [(3, 9, 2024, None)]),  # day-month-year between dashes
        # A two-digit year after a dash or an apostrophe: "3. mars -24" is 2024.
        ("Møtedato: 3.mars -24", [(3, 3, 2024, None)]),
        ("Tirsdag 5. mars –24 kl. 10", [(5, 3, 2024, TUE)]),
        ("Samling 3. mars '24", [(3, 3, 2024, None)]),
        ("Høring 1. mars -15. april", [(1, 3, None, None), (15, 4, None, None)]),  # no year
        # A year right after an abbreviated month's full stop.
        ("Frist 5. okt.2024", [(5, 10, 2024, None)]),
    ],
)
def test_find_dates(text: str, expected: list[tuple[int, int, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Budsjettet er 2.5 mill",
        "Økning på 6.5 prosent",
        "Kostnad kr 12.50",
        "versjon 2.5 av planen",
        "jf. § 3.2 i vedtektene",
        "Sak 07/12 Økonomirapport",
        "Sak 04/22",
        "04/22 Referatsaker",
        "Planperiode 2025-2028",
        "Handlingsprogram 2022-2025",
        "Telefon 22 33 44 55",
        "Telefon 22.33.44.55",
        "Gjennomføres uke 7/8/9",
        "Gjennomføres uke 7.8",
        "Gjennomføres uke 7/8/10",
        "Oppstart mai/juni",
        "Oppstart i april",
        "Planlagt april 2022",
        "Punkt 1.2.3 i planen",
        "Møtet starter kl. 10.12",
        "kl. 09.00-10.12",
        "Rom 13.14 i 3. etasje",
        "Ingen tall her",
        "Sak 12-23 Budsjett",  # a case number
        "Telefon 12-34-5678",
        "",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_match_spans_point_into_the_text() -> None:
    text = "Neste møte: fredag 11. mars kl. 10"
    (found,) = find_dates(text)
    assert text[found.start:found.end] == "11. mars"
    listed = "Samling 10. og 11.6."
    first, second = find_dates(listed)
    assert listed[first.start:first.end] == "10."
    assert listed[second.start:second.end] == "11.6."


def test_out_of_range_day_or_month_is_no_match() -> None:
    assert find_dates("32.1.2022") == []
    assert find_dates("12.13.2022") == []


@pytest.mark.parametrize(
    ("found", "default_year", "expected"),
    [
        (DateMatch(17, 3, 2022, 0, 7, None), None, dt.date(2022, 3, 17)),
        (DateMatch(17, 3, 2022, 0, 7, None), 2019, dt.date(2022, 3, 17)),  # own year wins
        (DateMatch(4, 9, None, 0, 4, None), 2023, dt.date(2023, 9, 4)),
        (DateMatch(4, 9, None, 0, 4, None), None, None),
        (DateMatch(31, 2, 2022, 0, 9, None), None, None),  # 31 February
        (DateMatch(29, 2, None, 0, 5, None), 2023, None),
        (DateMatch(29, 2, None, 0, 5, None), 2024, dt.date(2024, 2, 29)),
    ],
)
def test_resolve(found: DateMatch, default_year: int | None, expected: dt.date | None) -> None:
    assert found.resolve(default_year) == expected


def test_invalid_written_date_is_found_but_resolves_to_none() -> None:
    (found,) = find_dates("Frist 31.2.2022")
    assert (found.day, found.month, found.year) == (31, 2, 2022)
    assert found.resolve(None) is None


@pytest.mark.parametrize(
    ("text", "default_year", "expected"),
    [
        ("Dato: 17.3.22", None, dt.date(2022, 3, 17)),
        ("Frist 4.9.", 2023, dt.date(2023, 9, 4)),
        ("Frist 4.9.", None, None),
        ("Fredag 11. mars og 25. mars", 2022, dt.date(2022, 3, 11)),  # the first date
        ("Frist 31.2.2022", None, None),
        ("Ingen dato", 2022, None),
    ],
)
def test_parse_date(text: str, default_year: int | None, expected: dt.date | None) -> None:
    assert parse_date(text, default_year) == expected


@pytest.mark.parametrize(
    ("day", "month", "weekday", "near", "expected"),
    [
        (11, 3, FRI, 2022, 2022),   # "Fredag 11. mars" written in 2022
        (11, 3, FRI, 2023, 2022),   # … or read a year later
        (11, 3, FRI, 2021, 2022),
        (29, 2, THU, 2025, 2024),   # leap day
        (20, 6, FRI, 2014, 2014),
        (31, 8, THU, 2025, 2023),   # Thursday 31 August: 2023 and 2028
        (31, 8, THU, 2026, 2028),   # … the closer one wins
        (11, 3, FRI, 2027, 2022),   # Friday 11 March: 2022 and 2033
        (11, 3, FRI, 2028, 2033),
        (31, 4, MON, 2022, None),   # no 31 April in any year
        (29, 2, MON, 2031, None),   # no Monday 29 February within 2025-2037
    ],
)
def test_year_from_weekday(day: int, month: int, weekday: int, near: int,
                           expected: int | None) -> None:
    assert year_from_weekday(day, month, weekday, near) == expected


def test_year_from_weekday_prefers_the_earlier_year_on_a_tie() -> None:
    # 1 January was a Saturday in both 2022 and 2028: from 2025 both are 3 years away.
    assert dt.date(2022, 1, 1).weekday() == dt.date(2028, 1, 1).weekday() == SAT
    assert year_from_weekday(1, 1, SAT, 2025) == 2022


def test_weekday_and_date_give_the_year() -> None:
    (found,) = find_dates("Fredag 11. mars")
    year = year_from_weekday(found.day, found.month, found.weekday, 2023)
    assert iso(found.resolve(year)) == "2022-03-11"


def test_iso() -> None:
    assert iso(dt.date(2022, 3, 17)) == "2022-03-17"
    assert iso(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kl. 09.00 – 10.30", ("09:00", "10:30")),
        ("kl. 13-15", ("13:00", "15:00")),
        ("kl. 0900-1100", ("09:00", "11:00")),
        ("kl 08.30 – 09.30", ("08:30", "09:30")),
        ("kl. 12.00-14.00", ("12:00", "14:00")),
        ("09:00–11:00", ("09:00", "11:00")),
        ("kl. 09:00–11:00", ("09:00", "11:00")),
        ("Møtet starter 09:00", ("09:00", None)),
        ("kl. 9", ("09:00", None)),
        ("Fredag 11. mars kl. 0900", ("09:00", None)),
        ("fra kl. 10 til 12", ("10:00", "12:00")),
        ("kl. 10.00 - ca. 12.00", ("10:00", "12:00")),
        ("klokka 18", ("18:00", None)),
        ("Kl. 09.00", ("09:00", None)),
        ("KL 9.30-11", ("09:30", "11:00")),
        ("Kl: 10.00", ("10:00", None)),
        ("kl. ca. 10", ("10:00", None)),
        ("Møtet startet 9:15", ("09:15", None)),
        ("Klokken 18.30", ("18:30", None)),
        ("Fredag 20.6.2014, kl. 0900-1440", ("09:00", "14:40")),
        ("Fredag 20.6.2014, 0900-1440", ("09:00", "14:40")),
        ("torsdag 31.08.2023 kl. 09.00 – 10.30", ("09:00", "10:30")),
        ("Tid: 09.00-10.30", ("09:00", "10:30")),
        ("Tid: 10.00", ("10:00", None)),
        ("Dato 17.3.22, kl. 10", ("10:00", None)),
        ("Teams 13:00 - kl. 15:30", ("13:00", "15:30")),
        ("kl. 13-25", ("13:00", None)),  # no 25 o'clock: the end is dropped
        ("kl. 25, så kl. 14", ("14:00", None)),  # an invalid hour is skipped
        ("time: 16:15:00", ("16:15", None)),  # seconds, as a computer writes the time
        ("kl. 16:15:00 - 18:00:00", ("16:15", "18:00")),
        ("kl. 09.00 (lunsj fra 11.30) – 15.00", ("09:00", "15:00")),  # an aside in brackets
        ("Tid: 09.00 (lunsj) - 15.00", ("09:00", "15:00")),
        # two sessions with a break between: the meeting ends when the second one does
        ("kl. 09.00–11.30 og 12.30–15.00", ("09:00", "15:00")),
        ("kl. 9–11.30, 12.30–15", ("09:00", "15:00")),
        ("Tid: 09.00 – 11.30 og kl. 12.30 – 15.00", ("09:00", "15:00")),
        ("kl. 10.00 (lunsj kl. 12)", ("10:00", None)),  # a break named, no end
        ("kl. 10.00 - 12.00 og 18.00", ("10:00", "12:00")),  # no second range
        ("kl. 12-14 og 10-11", ("12:00", "14:00")),  # not a later session
        ("kl 1000", ("10:00", None)),
        ("kl. 10:00 - ca. 14:00", ("10:00", "14:00")),
        # a meeting over two days ends at the time given on the second day
        ("Tid: 3. mars kl. 12.00 – 4. mars kl. 14.00", ("12:00", "14:00")),
        ("Tid: 3.3. kl. 12 – 4.3. kl. 14", ("12:00", "14:00")),
        ("fredag 3. mars kl. 18.00 – lørdag 4. mars kl. 13.00", ("18:00", "13:00")),
        ("kl. 10 – 4. mars", ("10:00", None)),  # the day after the dash is no hour
        ("kl. 10-12. Sted: Rådhuset", ("10:00", "12:00")),


        # a note app's date property: an arrow after the time zone
        ("4. september 2024 13:00 (CEST) → 15:00", ("13:00", "15:00")),
        ("kl. 18 → 20", ("18:00", "20:00")),
        # the end named "slutt", after a dash or in brackets
        ("10.00 – slutt ca. 15.00", ("10:00", "15:00")),
        ("kl. 10.00 (slutt ca. 15)", ("10:00", "15:00")),
        ("kl. 10, slutt kl. 14.30", ("10:00", "14:30")),
        ("kl. 10 (sluttid etter behov)", ("10:00", None)),
    ],
)
def test_find_time_range(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_time_range(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Planperiode 2025-2028",
        "Handlingsprogram 2022-2025",
        "Dato: 17.3.22",
        "31.08.2023",
        "13-15 deltakere",
        "Budsjett 2.5 mill",
        "Kostnad kr 12.50",
        "Sak 07/12",
        "Telefon 22 33 44 55",
        "kl. 25",
        "Sakl 10",  # "kl" inside a word
        "Tid: 4. mars",
        "Ingen tid avtalt",
        "",
    ],
)
def test_not_times(text: str) -> None:
    assert find_time_range(text) == (None, None)


def test_a_slash_date_with_the_year_after_a_space():
    [found] = find_dates("Referat fra møtet 14/2 2024")
    assert (found.day, found.month, found.year) == (14, 2, 2024)


@pytest.mark.parametrize(("number", "year"), [
    ("07/12", 2012), ("38/2023", 2023), ("07-22", 2022), ("14–2023", 2023),
    ("20.2009", 2009), ("3", None), ("1.10", None),
    ("2006-21", 2006), ("2024/3", 2024), ("2024/12", 2024),  # the year first
    ("25/3", 2025),  # a two-digit year first: no year has one digit
    ("3 av 2025", 2025),  # case 3 of the year 2025
    ("2023/24", 2024),  # a year then the next one's two digits: a season's second year
])
def test_case_numbers_give_the_meetings_year(number, year):
    from motebok.extract.items import Candidate
    from motebok.extract.minutes import case_year
    assert case_year([Candidate(0, number, None, "Tittel", "case")]) == year


@pytest.mark.parametrize(("text", "expected"), [
    ("Per Lie lager oversikt, frist: 15/4.", dt.date(2024, 4, 15)),
    ("Send rapporten innen 1/12", dt.date(2024, 12, 1)),
    ("Jon sender invitasjonen innen onsdag 15/1.", dt.date(2024, 1, 15)),
    ("Frist: fredag den 3/5", dt.date(2024, 5, 3)),
    ("Anne kontakter kommunene før 15/2.", dt.date(2024, 2, 15)),
    ("Sekretariatet sender rapporten innen utgangen av februar.", dt.date(2024, 2, 29)),
    ("innen slutten av desember 2025", dt.date(2025, 12, 31)),
    ("Nettsiden oppdateres i løpet av april.", dt.date(2024, 4, 30)),
    ("Siri sjekker avtalen innen ultimo februar.", dt.date(2024, 2, 29)),
    ("Jon sender rapporten innen utgangen av året.", dt.date(2024, 12, 31)),
    ("Planen vert ferdig før årsskiftet.", dt.date(2024, 12, 31)),
    ("Avtalen gjelder ut året.", None),
    ("Ola lager planen ved utgangen av februar.", dt.date(2024, 2, 29)),
    # a quarter, a half year or a year by its number ends on its last day
    ("Kari lager rapport i løpet av 2. kvartal.", dt.date(2024, 6, 30)),
    ("Per sender søknaden innan utgangen av første kvartal.", dt.date(2024, 3, 31)),
    ("Planen er klar innen utgangen av første halvår.", dt.date(2024, 6, 30)),
    ("Evalueringa vert gjord i løpet av 4. kvartal 2025.", dt.date(2025, 12, 31)),
    ("Ola fullfører kartlegginga innen utgangen av 2025.", dt.date(2025, 12, 31)),
    # a month named alone says no day: its start or its end?
    ("Sekretariatet sender brev innen mai.", None),
    # a week, a season or a holiday is no date
    ("Kari bestiller buss i løpet av uke 12.", None), ("Per lager budsjett før påske.", None),
    ("Rapporten sendes før sommeren.", None), ("Ola ringer kommunen medio mars.", None),
    ("3/4 av kommunene har svart", None),  # a fraction, not a deadline
    ("Sak 15/4 ble utsatt", None),
])
def test_deadlines_only_a_deadline_word_makes_dates(text, expected):
    assert deadline(text, 2024) == expected


def test_a_meeting_over_two_days_each_with_its_weekday():
    found = find_dates("mandag 9. og tirsdag 10. november 2015")
    assert [(d.day, d.month, d.year) for d in found] == [(9, 11, 2015), (10, 11, 2015)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Møtet ble holdt den 3. i 4. kl. 18", (3, 4, None)),  # "the third in the fourth"
    ("Dato: 3. i 4. 2024", (3, 4, 2024)),
])
def test_day_in_month_as_speech_has_it(text, expected):
    [found] = find_dates(text)
    assert (found.day, found.month, found.year) == expected


def test_day_in_month_needs_den_or_a_year():
    assert find_dates("jf. punkt 3. i 4. ledd") == []


def test_a_year_first_with_full_stops():
    [found] = find_dates("Dato: 2024.04.03")
    assert (found.day, found.month, found.year) == (3, 4, 2024)


@pytest.mark.parametrize(("value", "expected"), [
    ("Torsdag 4/4 kl. 10", (4, 4, 3)), ("den 14/3", (14, 3, None)), ("4/4-24", (4, 4, None)),
    ("kl. 10, 4/4", None), ("13/13", None)])
def test_a_date_labels_day_and_month_with_a_slash(value, expected):
    found = labelled_slash_date(value)
    assert (found and (found.day, found.month, found.weekday)) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Friday, March 15, 2024 10:12", (15, 3, 2024)),  # Outlook's "Sent:"
    ("Tuesday, 4 June 2024", None),  # day first: find_dates' own reading
    ("March 2024", None),  # no day
    ("Mars 32, 2024", None),
])
def test_a_mail_clients_month_first_date(value, expected):
    found = mail_client_date(value)
    assert (None if found is None else (found.day, found.month, found.year)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kl. 10.00 til om lag 14.00", ("10:00", "14:00")),  # nynorsk "om lag" for "ca."
    ("10.00 - om lag 14.00", ("10:00", "14:00")),
    ("kl. 9 – cirka 12", ("09:00", "12:00")),
])
def test_about_before_the_end_in_nynorsk_and_written_out(text, expected):
    assert find_time_range(text) == expected


def test_the_place_after_an_about_end_is_left_alone():
    text = ("Referat frå møte i Nordfjordrådet\n\nTid og stad: 6. april 2024 kl. 10.00 til "
            "om lag 14.00, Loen\n\nTil stades: Ola Nes, Kari Li\n\nSak 1/24 Eventuelt\n"
            "Ingen saker.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("10:00", "14:00", "Loen")


@pytest.mark.parametrize(("text", "expected"), [
    ("Fra kl: 18.00 Til kl: 20.00", ("18:00", "20:00")),  # two labels, each with a colon
    ("kl. 10.00 (varte til 15.30)", ("10:00", "15:30")),  # how long it lasted, in brackets
    ("kl. 10.00 (varte fra morgenen)", ("10:00", None)),
])
def test_an_end_after_a_second_kl_label_or_in_brackets(text, expected):
    assert find_time_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("John will send the report by March 6.", dt.date(2026, 3, 6)),
    ("Comments by April 15th, 2027.", dt.date(2027, 4, 15)),
])
def test_an_english_deadline_month_first_after_by(text, expected):
    assert deadline(text, 2026) == expected


def test_no_english_deadline_without_a_day():
    assert deadline("Done by the way.", 2026) is None


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting over two days written with "til": the end is the second day's hour
    ("mandag 2. februar kl. 17.00 til tirsdag 3. februar kl. 15.00", ("17:00", "15:00")),
    ("fredag 6. juni kl. 18 til søndag 8. juni kl. 13", ("18:00", "13:00")),
    ("kl. 10.00 til den 4. mars kl. 12.00", ("10:00", "12:00")),
    ("kl. 10.00 til 4. mars", ("10:00", None)),  # the second day without an hour: no end
])
def test_an_end_on_the_second_day_after_til(text, expected):
    assert find_time_range(text) == expected


def test_day_month_abbreviation_year_between_dashes() -> None:
    # "12-Mar-2026", "05-okt-24": the day a calendar or a database export prints
    assert [(d.day, d.month, d.year) for d in find_dates("Dato: 12-Mar-2026 10:00")] == \
        [(12, 3, 2026)]
    assert [(d.day, d.month, d.year) for d in find_dates("Frist 05-okt-24")] == \
        [(5, 10, 2024)]
    assert find_dates("Rom 12-Mar-2026x") == []  # no date inside a longer code


def test_month_names_are_one_vocabulary() -> None:
    # the months' full names live in dates.py only; the extractor's patterns draw on it
    from motebok.extract import dates, header, outcomes, text

    assert dates.MONTH_NAMES == ("januar", "februar", "mars", "april", "mai", "juni", "juli",
                                 "august", "september", "oktober", "november", "desember")
    assert all(dates.MONTHS[name] == n for n, name in enumerate(dates.MONTH_NAMES, 1))
    for pattern in (outcomes._DASH_DEADLINE_WORDS, outcomes._IN_PERIOD.pattern,
                    header._MONTH, text._MONTH_AHEAD.pattern):
        assert "|".join(dates.MONTH_NAMES) in pattern


@pytest.mark.parametrize(("text", "end"), [
    # a weekday in brackets after the day is the day's own: the hours and the place
    # are read after it
    ("6. mai (onsdag) kl. 10 på Rådhuset", len("6. mai (onsdag)")),
    ("4.3.2026 (ons.), Teams", len("4.3.2026 (ons.)")),
    ("6. mai (lunsj) kl. 10", len("6. mai")),  # no weekday: an aside, not the day's
])
def test_days_end_takes_a_bracketed_weekday(text, end) -> None:
    found = find_dates(text)
    assert days_end(text, found, found[0]) == end


@pytest.mark.parametrize(("text", "expected"), [
    # a span over two months: the year of the last day is the first day's too
    ("31. mars–1. april 2026", [(31, 3, 2026), (1, 4, 2026)]),
    ("31.03.–01.04.2026", [(31, 3, 2026), (1, 4, 2026)]),
    ("30. november og 1. desember 2026", [(30, 11, 2026), (1, 12, 2026)]),
    ("30.12.–2.1.2027", [(30, 12, 2026), (2, 1, 2027)]),  # over New Year: the year before
    # a list with commas, or another word between, gives no year to the first
    ("12. feb, 16. april 2026", [(12, 2, None), (16, 4, 2026)]),
    ("frist 1. mars, møte 4. mai 2026", [(1, 3, None), (4, 5, 2026)]),
])
def test_span_over_two_months_takes_the_year_of_its_last_day(text, expected) -> None:
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span with slashes: the first day ("3/3") takes the last day's year
    ("3/3-4/3 2026", [(3, 3, 2026), (4, 3, 2026)]),
    ("30/3 til 1/4-26", [(30, 3, 2026), (1, 4, 2026)]),
    ("30/12–2/1 2027", [(30, 12, 2026), (2, 1, 2027)]),
    # a case number before the dash is no day
    ("sak 3/3-4/3 2026", [(4, 3, 2026)]),
])
def test_slash_span_begins_on_its_first_day(text, expected) -> None:
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == expected


def test_meeting_over_a_slash_span_is_held_on_its_first_day() -> None:
    text = ("Referat fra samling i regionrådet\n\nDato: 3/3-4/3 2026\nSted: Fjordhotellet\n\n"
            "Til stede: Ola Berg, Kari Lund\n\nSak 1/26 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    assert parse_bytes(text.encode(), "s.txt").meeting.date == "2026-03-03"


@pytest.mark.parametrize(("text", "expected"), [
    # "Dato/tid:" written as one token: the date, a slash, then the time range
    ("04.03.26/10:00-12:00", ("10:00", "12:00")),
    ("4.3.2026/10.00-12.00", ("10:00", "12:00")),
    # a slash after anything but a dotted date's year is no time's border
    ("sak 3/10.00 og 12:00", ("12:00", None)),
])
def test_time_range_right_after_a_date_and_a_slash(text, expected) -> None:
    assert find_time_range(text) == expected


def test_dato_tid_value_with_a_slash_gives_start_and_end() -> None:
    text = ("Referat styremøte\n\nDato/tid: 04.03.26/10:00-12:00\nSted: Fellesrommet\n\n"
            "Til stede: Ola Berg, Kari Lund\n\nSak 1 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2026-03-04", "10:00", "12:00")


@pytest.mark.parametrize(("text", "expected"), [
    # a gathering over two days by number: the end is the second day's time
    ("Dag 1 kl. 11.00 – dag 2 kl. 14.00", ("11:00", "14:00")),
    ("kl. 10.00 – andre dag kl. 15.00", ("10:00", "15:00")),
    ("kl. 10 – dag 2", ("10:00", None)),  # the day without its time: no end
    # the day's number after each time: the first day's start, the second day's end
    ("kl. 10.00 dag 1 til kl. 14.00 dag 2", ("10:00", "14:00")),
    ("10.00 dag 1 – 14.00 dag 2", ("10:00", "14:00")),
])
def test_two_day_meeting_by_day_numbers_ends_on_the_second_day(text, expected) -> None:
    assert find_time_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day and its hour joined by a slash, the day without its year: the hour is the
    # time, the day's "12.03" is no hour (also after "kl:")
    ("12.03/10.00", ("10:00", None)),
    ("Dato/kl: 12.03/10.00", ("10:00", None)),
    ("12.03/10.00-12.00", ("10:00", "12:00")),
    # the text right after such a day, as the next meeting's reader slices it
    ("/18.00–20.00, Rådhuset", ("18:00", "20:00")),
    # a case number before an hour stays no time
    ("Sak 3/10.00", (None, None)),
])
def test_a_day_and_month_then_its_hour_after_a_slash(text, expected) -> None:
    assert find_time_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a whole hour before a dash and a time: the range's start ("Tid: 10 - 14:30")
    ("10 - 14:30", ("10:00", "14:30")),
    ("Tid: 9 – 15.30", ("09:00", "15:30")),
    # without "Tid" or a colon time, or before 06, the number is no start
    ("9 – 15.30", (None, None)),
    ("side 2 - 14:30", ("14:30", None)),
])
def test_a_whole_hour_before_a_dash_and_a_time_starts_the_range(text, expected) -> None:
    assert find_time_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("March 14, 2026 10:00 AM → 11:30 AM", ("10:00", "11:30")),
    ("2:00 PM → 3:30 PM", ("14:00", "15:30")),
    ("12:15 PM", ("12:15", None)),
    ("12:05 AM", ("00:05", None)),
    ("13:00 PM", ("13:00", None)),  # no twelve-hour time: as written
])
def test_a_twelve_hour_clock_reads_as_24_hours(text: str, expected: tuple) -> None:
    assert find_time_range(text) == expected


def test_an_english_due_reads_a_deadline_month_first() -> None:
    assert deadline("Per skriver notatet (due: March 20, 2026)", 2026) == dt.date(2026, 3, 20)
    assert deadline("Kari sender lista due April 2", 2026) == dt.date(2026, 4, 2)


@pytest.mark.parametrize(("text", "expected"), [
    # a stray space before the ordinal dot, as a hasty typist leaves it
    ("Møtedato: 14 .mars 2026", [(14, 3, 2026, None)]),
    ("innan 28 . mars", [(28, 3, None, None)]),
    ("Dato: 3 .okt. 2025", [(3, 10, 2025, None)]),
])
def test_a_stray_space_before_the_ordinal_dot(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting over two days with each day's weekday: the first day takes the last one's
    # year past the weekday after the dash ("– tirsdag 5. mars 2024")
    ("Dato: mandag 4. mars – tirsdag 5. mars 2024", [(4, 3, 2024, MON), (5, 3, 2024, TUE)]),
    ("mandag 30. april til tirsdag den 1. mai 2024", [(30, 4, 2024, MON), (1, 5, 2024, TUE)]),
    # (without a join between them the days are two, the first keeps no year)
    ("Innspill 4. mars. Møte tirsdag 5. mars 2024", [(4, 3, None, None), (5, 3, 2024, TUE)]),
])
def test_a_range_of_days_with_weekdays_takes_the_last_day_s_year(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the end named as the start was, after a slash
    ("Start 09.00 / Slutt 11.45", ("09:00", "11:45")),
    ("Møtestart 9.00 / møteslutt 11.30", ("09:00", "11:30")),
    # a gathering over two days with each day's hours: the later day's end ends it
    ("onsdag 12. mars kl. 10.00–16.00, torsdag 13. mars kl. 08.30–12.00", ("10:00", "12:00")),
    ("12.3. kl. 10–16 og 13.3. kl. 9–12", ("10:00", "12:00")),
    # (a second range with no day named, starting before the first one ends, is read as
    # no later session: "kl. 12-14 og 10-11" above)
    ("kl. 09.00–15.00 og 12.00–13.00", ("09:00", "15:00")),
    # (a later day with a start and no range, or a place after the range, ends nothing)
    ("kl. 10.00–16.00, 13. mars kl. 08.30", ("10:00", "16:00")),
    ("kl. 10-12, 3. etasje", ("10:00", "12:00")),
])
def test_the_end_after_a_slash_or_on_a_later_day(text: str, expected: tuple) -> None:
    assert find_time_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("12.–13. mars 2025", True), ("12. og 13. mars", True), ("onsdag 12. mars 2025", False),
    ("12. mars, frist 1. april", False),
])
def test_a_date_over_two_days_is_told_from_one_day(text: str, expected: bool) -> None:
    assert spans_two_days(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # on a two-day date the second range is the second day's, whenever it starts
    ("kl. 10.00–16.00 og 08.30–12.00", "12:00"),
    ("kl. 10-16 og kl. 9-12", "12:00"),
    ("kl. 10.00–16.00", None),  # one range: the first day's end stands
    ("kl. 10.00 - 12.00 og 18.00", None),  # no second range
])
def test_the_second_day_s_end_is_the_second_range_s(text: str, expected) -> None:
    assert second_day_end(text) == expected


@pytest.mark.parametrize(("header", "end"), [
    ("Dato: 12.–13. mars 2025\nTid: kl. 10.00–16.00 og 08.30–12.00", "12:00"),
    ("Dato: 12. og 13. mars 2025\nTid: kl. 10.00–16.00 og kl. 08.30–12.00", "12:00"),
    ("Tid: 12.–13. mars 2025, kl. 10.00–16.00 og 08.30–12.00", "12:00"),
    # one day: "kl. 12-14 og 10-11" is no later session
    ("Dato: 12. mars 2025\nTid: kl. 12-14 og 10-11", "14:00"),
])
def test_a_two_day_meeting_ends_with_its_second_day_s_hours(header: str, end: str) -> None:
    text = (f"Referat fra samling i nettverket\n\n{header}\nSted: Alta\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "samling.txt").meeting.end == end


def test_a_two_day_title_makes_the_second_range_the_second_day_s():
    text = ("Protokoll frå samling i Breidvik regionråd 12.–13. mars 2025\n\n"
            "Tid: kl. 10.00–16.00 og 08.30–12.00\nStad: Bø hotell\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "samling.txt").meeting.end == "12:00"


@pytest.mark.parametrize(("line", "day"), [
    ("Onsdag 9/4 kl 0830-1000, Rådhuset", (9, 4, 2)),
    ("tirsdag 4/3", (4, 3, 1)),
    ("9/4 kl 0830-1000, Rådhuset", None),  # no weekday: a fraction or a case number
    ("Sak 9/4 Budsjett", None),
])
def test_a_line_opening_with_a_weekday_and_a_slash_day_is_dated(line, day):
    found = weekday_slash_date(line)
    assert (None if found is None else (found.day, found.month, found.weekday)) == day


@pytest.mark.parametrize(("text", "end"), [
    # each day's range named in brackets
    ("Dato: 27.–28. november 2025\nTid: kl. 10.00–15.30 (dag 1) og kl. 08.30–12.00 (dag 2)",
     "12:00"),
    # the days joined with the later one's weekday: "4. og torsdag 5. juni"
    ("Tidspunkt: Onsdag 4. og torsdag 5. juni 2025, kl. 10.00–16.00 og kl. 09.00–13.00",
     "13:00"),
    # the start's weekday, then the end on the later day's
    ("Dato: 4.–5. juni 2025\nTid: frå kl. 11.00 onsdag til kl. 14.00 torsdag", "14:00"),
])
def test_a_gathering_over_two_days_ends_on_the_second(text, end):
    text = f"Referat frå samling\n\n{text}\nStad: Bø hotell\n\nSak 1/25 Eventuelt\nIngen saker.\n"
    assert parse_bytes(text.encode(), "samling.txt").meeting.end == end


def test_month_prefix_tree_matches_the_same_words_as_the_plain_alternation():
    """``_DATE`` spells the months as a prefix tree ("ma(?:i|r(?:ch|s|)|y)") because
    ``re`` tries an IGNORECASE alternation word by word; it must take the same words,
    and where a date's month must end (before a non-letter) the same span."""
    import re

    from motebok.extract.dates import MONTHS, _alternation, _prefix_tree

    tree = re.compile(rf"(?:{_prefix_tree(MONTHS)})(?![^\W\d_])", re.IGNORECASE)
    plain = re.compile(rf"(?:{_alternation(MONTHS)})(?![^\W\d_])", re.IGNORECASE)
    words = {w[:cut] + tail for w in MONTHS for cut in range(len(w) + 1)
             for tail in ("", ".", "-", " 2024", "a", "s", "E")}
    words |= {w.upper() for w in words} | {w.title() for w in words}
    for word in sorted(words):
        found, expected = tree.match(word), plain.match(word)
        assert (found and found.span()) == (expected and expected.span()), word


@pytest.mark.parametrize(("text", "expected"), [
    # a cross-border body's Swedish month names ("maj", "augusti", "januari")
    ("den 18 januari 2024", dt.date(2024, 1, 18)),
    ("4 februari 2025", dt.date(2025, 2, 4)),
    ("den 7 maj 2024", dt.date(2024, 5, 7)),
    ("1 augusti 2024", dt.date(2024, 8, 1)),
])
def test_swedish_month_names(text: str, expected: dt.date) -> None:
    assert parse_date(text, None) == expected
def test_the_scan_tries_only_the_branches_a_run_of_digits_allows():
    """``_dates_in`` asks, where a date can start, only ``_DATE``'s branches that can
    match the run of digits there and the character after it (``_DAY_RUN_THEN``,
    ``_YEAR_RUN_THEN``): on random texts of digits, signs and month words, each such
    pattern (or none) matches as ``_DATE`` does, with the same span and groups."""
    import random

    from motebok.extract.dates import (
        _DATE,
        _DATE_START,
        _DAY_RUN_SPACED,
        _DAY_RUN_THEN,
        _YEAR_RUN_THEN,
    )

    pieces = ["1", "12", "2024", "19", "03", "123", "12345", "٣", ".", ". ", "-", "–", "/",
              " ", "\t", "\u00a0", ",", ":", "mars", "Okt.", "des", "i ", "den ", "kl ", "'",
              "a", "\n", "juni", "2.", "1/4"]
    rnd = random.Random(65)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        for start in _DATE_START.finditer(text):
            run, after = len(start.group()), text[start.end():start.end() + 1]
            if run <= 2:
                pattern = _DAY_RUN_THEN.get(after) or (
                    _DAY_RUN_SPACED if after.isspace() else None)
            else:
                pattern = _YEAR_RUN_THEN.get(after) if run == 4 else None
            expected = _DATE.match(text, start.start())
            found = pattern.match(text, start.start()) if pattern is not None else None
            assert (found and (found.span(), found.groupdict())) == \
                (expected and (expected.span(), expected.groupdict())), text


def test_the_scans_date_is_the_dataclass_itself():
    """``_date_match`` makes a ``DateMatch`` without its ``__init__``: equal, hashed the
    same, and as frozen as one made the usual way."""
    import dataclasses

    from motebok.extract.dates import _date_match

    made, usual = _date_match(14, 3, 2024, 5, 18, 2), DateMatch(14, 3, 2024, 5, 18, 2)
    assert made == usual and hash(made) == hash(usual) and repr(made) == repr(usual)
    assert type(made) is DateMatch
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.day = 15  # type: ignore[misc]


def _weekday_before_in_full(text: str, start: int) -> int | None:
    """``_weekday_before`` without its test of the word's last three letters: the word
    found letter by letter and looked up, as the scan did before that test."""
    from motebok.extract.dates import _FULL_WEEKDAYS, _GAP, _LOOKBACK, _SHORT_WEEKDAYS

    head = text[max(0, start - _LOOKBACK):start].rstrip(_GAP)
    if head[-3:].lower() == "den" and (len(head) == 3 or not head[-4].isalpha()):
        head = head[:-3].rstrip(_GAP)
    abbreviated = head.endswith(".")
    if abbreviated:
        head = head[:-1]
    begin = len(head)
    while begin and head[begin - 1].isalpha():
        begin -= 1
    word = head[begin:].lower()
    if abbreviated and word in _SHORT_WEEKDAYS:
        return _SHORT_WEEKDAYS[word]
    return _FULL_WEEKDAYS.get(word)


def test_a_word_before_a_date_is_a_weekday_only_with_a_weekdays_last_letters():
    """``_weekday_before`` leaves at once when the word before the date does not end as a
    weekday name or abbreviation does ("innen 4. mars", "Dato: 4. mars"); every weekday,
    in any case, after "den", with its stop or not, is still read, and on random texts
    the answer is the full search's at every position."""
    import random

    from motebok.extract.dates import _FULL_WEEKDAYS, _SHORT_WEEKDAYS, _weekday_before

    for name in [*_FULL_WEEKDAYS, *_SHORT_WEEKDAYS]:
        for written in (name, name.upper(), name.capitalize()):
            for text in (f"{written} 4. mars", f"({written} den 4. mars", f"{written}.\u00a04/3"):
                start = text.index("4")
                short = text[start - 2] == "." and name in _SHORT_WEEKDAYS
                assert _weekday_before(text, start) == (
                    _SHORT_WEEKDAYS[name] if short else _FULL_WEEKDAYS.get(name)), text
    assert _weekday_before("Frist innen 4. mars", 12) is None
    pieces = ["mandag", "Måndag", "TIRS", "tirs.", "tys", "Ons", "tor", "fre.", "lør", "laur",
              "søndag", "sunday", "dag", "day", "den ", "DEN ", "aur", " ", "\u00a0", ",", ".",
              "\t", "4", "12.", "x", "İ", "K", "innen ", "(", "-"]
    rnd = random.Random(66)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        for start in range(len(text) + 1):
            assert _weekday_before(text, start) == _weekday_before_in_full(text, start), text


def test_a_number_word_before_a_date_is_looked_for_only_after_what_can_end_one():
    """``_after_number_word`` asks its reversed pattern only when the last character
    before the date (past spaces) is a letter, a stop, "§" or a dash, the only characters
    the pattern can open with (every code point up to U+3000 tried here against each
    branch's opening; the whole range was checked once): the answer is the pattern's."""
    import random

    from motebok.extract.dates import (
        _NUMBER_CONTEXT_BEFORE_REVERSED,
        _NUMBER_CONTEXT_OPENINGS,
        _NUMBER_WORDS,
        _after_number_word,
    )

    words = [word[::-1] for word in _NUMBER_WORDS]
    rests = [word[1:] + " " for word in words] + ["." + word + " " for word in words] + \
        ["03.9", ""]
    for code in range(0x3000):
        char = chr(code)
        if not (char.isspace() or char.isalpha() or char in _NUMBER_CONTEXT_OPENINGS):
            assert not any(_NUMBER_CONTEXT_BEFORE_REVERSED.match(char + rest)
                           for rest in rests), hex(code)
    assert _after_number_word("kl. 9.30", 4) and _after_number_word("09.30–11.00", 6)
    assert not _after_number_word("Møtetid: 9.30", 9) and not _after_number_word("9.3", 0)
    pieces = ["kl", "kl.", "KR ", "§", "§ ", "versjon ", "s.", "pkt", "uke", "side", "v", "–",
              "-", "09.30", "10:1", " ", "  ", "\t", "\u00a0", ":", "(", "Dato", "4.", "x",
              "K", "ſ"]
    rnd = random.Random(66)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        for start in range(len(text) + 1):
            before = text[max(0, start - 16):start]
            assert _after_number_word(text, start) == (
                _NUMBER_CONTEXT_BEFORE_REVERSED.match(before[::-1]) is not None), text


def test_an_english_ordinal_day_is_a_date():
    # (s73k) "Date: 12th March 2026" in the English minutes of a Barents working group
    assert [(d.day, d.month, d.year) for d in find_dates("Date: 12th March 2026")] == \
        [(12, 3, 2026)]
    assert [(d.day, d.month) for d in find_dates("on 21st April and 3rd June")] == \
        [(21, 4), (3, 6)]
    assert find_dates("the 5th floor") == []
    record = parse_bytes(b"Minutes of the Board meeting\n\nDate: 2nd February 2026\n\n"
                         b"1. Approval of the agenda\nThe agenda was approved.\n", "b.txt")
    assert record.meeting.date == "2026-02-02"


def test_a_gatherings_end_on_its_second_weekday():
    # (s76c) "27.–28. januar 2027 (onsdag kl. 10.00 – torsdag kl. 14.30)": the later day by
    # its weekday alone, its hour the meeting's end
    assert find_time_range("27.–28. januar 2027 (onsdag kl. 10.00 – torsdag kl. 14.30)") == \
        ("10:00", "14:30")
    assert find_time_range("tysdag kl 9 – fredag kl 12") == ("09:00", "12:00")
    record = parse_bytes("Referat – samling i nettverket\n\nTid: 27.–28. januar 2027, onsdag "
                         "kl. 10.00 – torsdag kl. 14.30\nSted: Vinstra\n\n1. Program\n"
                         "Godkjent.\n".encode(), "samling.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2027-01-27", "10:00", "14:30")
