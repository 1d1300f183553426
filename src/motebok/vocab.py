"""The one place that defines every vocabulary: roles, attendance, kinds, states.

Plain Python (no Django) so the reader and the extractor can use it too. Labels are
marked with ``gettext_noop`` so Django's ``makemessages`` finds them; the web layer
translates them with ``gettext`` when it shows them.
"""

from __future__ import annotations

from enum import StrEnum


def gettext_noop(text: str) -> str:
    """Mark a string for translation without translating it (read by makemessages)."""
    return text


class DocumentKind(StrEnum):
    """What a source document is (`kind` in the minutes record)."""

    MINUTES = "minutes"
    AGENDA = "agenda"
    PRESENTATION = "presentation"
    OTHER = "other"


class ParticipantRole(StrEnum):
    """The role a person had at one meeting (`participants[].role`)."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    GUEST = "guest"


class Attendance(StrEnum):
    """Whether a person attended (`participants[].attendance`)."""

    PRESENT = "present"
    ABSENT = "absent"
    PARTIAL = "partial"


class SourceFormat(StrEnum):
    """File formats motebok reads (`source.format`)."""

    TXT = "txt"
    MD = "md"
    DOCX = "docx"
    ODT = "odt"
    PDF = "pdf"
    HTML = "html"


class MembershipRole(StrEnum):
    """A person's standing role in a body (styre, utvalg, faggruppe …)."""

    LEADER = "leader"
    DEPUTY_LEADER = "deputy_leader"
    MEMBER = "member"
    DEPUTY = "deputy"
    SECRETARIAT = "secretariat"
    OBSERVER = "observer"


class OrganizationKind(StrEnum):
    """What kind of organisation or body a row in the organisation table is."""

    BODY = "body"
    WORKING_GROUP = "working_group"
    MUNICIPALITY = "municipality"
    COUNTY = "county"
    REGION = "region"
    OTHER = "other"


class MeetingStatus(StrEnum):
    """Life cycle of a meeting's minutes: draft → approved → published.

    A planned meeting may instead be cancelled ("avlyst") and later reinstated.
    """

    PLANNED = "planned"
    DRAFT = "draft"
    APPROVED = "approved"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class ActionStatus(StrEnum):
    """Whether a follow-up is still to be done."""

    OPEN = "open"
    DONE = "done"


class ActionFilter(StrEnum):
    """The choices of the actions lists (web and API): overdue is open and past due."""

    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"


class MeetingWhen(StrEnum):
    """The time filter of the meeting lists (web and API): upcoming is today or later,
    past is before today; an undated meeting is neither."""

    UPCOMING = "upcoming"
    PAST = "past"


class AccessRole(StrEnum):
    """What a user account may do for one body (the public has no row at all)."""

    SECRETARIAT = "secretariat"
    MEMBER = "member"


class MeetingMode(StrEnum):
    """How a meeting is held."""

    PHYSICAL = "physical"
    DIGITAL = "digital"
    HYBRID = "hybrid"


LABELS: dict[type[StrEnum], dict[str, str]] = {
    DocumentKind: {
        DocumentKind.MINUTES: gettext_noop("Minutes"),
        DocumentKind.AGENDA: gettext_noop("Agenda"),
        DocumentKind.PRESENTATION: gettext_noop("Presentation"),
        DocumentKind.OTHER: gettext_noop("Other document"),
    },
    ParticipantRole: {
        ParticipantRole.CHAIR: gettext_noop("Chair"),
        ParticipantRole.SECRETARY: gettext_noop("Secretary"),
        ParticipantRole.MEMBER: gettext_noop("Member"),
        ParticipantRole.GUEST: gettext_noop("Guest"),
    },
    Attendance: {
        Attendance.PRESENT: gettext_noop("Present"),
        Attendance.ABSENT: gettext_noop("Absent"),
        Attendance.PARTIAL: gettext_noop("Partly present"),
    },
    MembershipRole: {
        MembershipRole.LEADER: gettext_noop("Leader"),
        MembershipRole.DEPUTY_LEADER: gettext_noop("Deputy leader"),
        MembershipRole.MEMBER: gettext_noop("Member"),
        MembershipRole.DEPUTY: gettext_noop("Deputy member"),
        MembershipRole.SECRETARIAT: gettext_noop("Secretariat"),
        MembershipRole.OBSERVER: gettext_noop("Observer"),
    },
    OrganizationKind: {
        OrganizationKind.BODY: gettext_noop("Body"),
        OrganizationKind.WORKING_GROUP: gettext_noop("Working group"),
        OrganizationKind.MUNICIPALITY: gettext_noop("Municipality"),
        OrganizationKind.COUNTY: gettext_noop("County"),
        OrganizationKind.REGION: gettext_noop("Region"),
        OrganizationKind.OTHER: gettext_noop("Other organisation"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: gettext_noop("Planned"),
        MeetingStatus.DRAFT: gettext_noop("Draft"),
        MeetingStatus.APPROVED: gettext_noop("Approved"),
        MeetingStatus.PUBLISHED: gettext_noop("Published"),
        MeetingStatus.CANCELLED: gettext_noop("Cancelled"),
    },
    ActionStatus: {
        ActionStatus.OPEN: gettext_noop("Open"),
        ActionStatus.DONE: gettext_noop("Done"),
    },
    ActionFilter: {
        ActionFilter.OPEN: gettext_noop("Open"),
        ActionFilter.OVERDUE: gettext_noop("Overdue"),
        ActionFilter.DONE: gettext_noop("Done"),
    },
    MeetingWhen: {
        MeetingWhen.UPCOMING: gettext_noop("Upcoming"),
        MeetingWhen.PAST: gettext_noop("Past"),
    },
    AccessRole: {
        AccessRole.SECRETARIAT: gettext_noop("Secretariat"),
        AccessRole.MEMBER: gettext_noop("Member"),
    },
    MeetingMode: {
        MeetingMode.PHYSICAL: gettext_noop("Physical"),
        MeetingMode.DIGITAL: gettext_noop("Digital"),
        MeetingMode.HYBRID: gettext_noop("Hybrid"),
    },
}


def label(member: StrEnum) -> str:
    """The (untranslated) human label of one vocabulary value."""
    return LABELS[type(member)][member]


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs for a Django field's ``choices`` from one vocabulary."""
    return [(member.value, LABELS[enum][member]) for member in enum]


# The kinds of council many places each have one of, named by the kind alone: a
# municipality's statutory councils ("Eldrerådet", "Ungdomsrådet", "Brukerrådet"), a
# school's or a parish's ("Foreldrerådet", "Elevrådet", "Menighetsrådet"), a field's
# ("Fagrådet", "Idrettsrådet", "Pasientrådet"): the stem before "rådet", no region's name.
COUNCIL_KINDS = frozenset(("eldre", "ungdoms", "bruker", "brukar", "foreldre", "elev",
                           "menighets", "sokne", "fag", "idretts", "pasient"))


# The months by number, each with the words minutes write it in: the Norwegian name first
# (the same in bokmål and nynorsk), then the English and the Swedish a cross-border body's
# minutes use ("den 18 januari 2024", "maj", "augusti"; "december" is both), then the
# short forms. The reader's and the extractor's month words all come from here (the
# reader's without the English and Swedish, on purpose: read/text._MONTH says why).
MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("januar", "january", "januari", "jan"),
    2: ("februar", "february", "februari", "febr", "feb"),
    3: ("mars", "march", "mar"),
    4: ("april", "apr"),
    5: ("mai", "may", "maj"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("august", "augusti", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"),
    12: ("desember", "december", "des", "dec"),
}
# The months' full Norwegian names, "januar" … "desember": for patterns where only a
# written-out month will do.
MONTH_NAMES: tuple[str, ...] = tuple(words[0] for words in MONTH_WORDS.values())

# The channels a meeting is held on, by name or kind ("på Teams", "Møtestad: Zoom",
# "deltok på telefon"): not a place, and not an item's or a person's words.
MEETING_CHANNELS = frozenset({"teams", "zoom", "skype", "webex", "video", "telefon"})

# The company forms after a firm's or an inter-municipal company's name ("Vestvik Vann
# IKS", "Trøndelag Vekst SA", "Sandvik Tomteselskap KF"), lower case, as written in any
# case: never a word of their own.
COMPANY_FORMS: tuple[str, ...] = ("as", "asa", "iks", "sa", "kf")
# The company forms that are also words ("da" is "then", "ba" "asked"): read only as the
# last word of a name ("Fjellvik Regnskap DA", "Nordvik Bygg BA").
COMPANY_FORMS_ALSO_WORDS: tuple[str, ...] = ("da", "ba")


# An agenda item closed to the public ("unntatt offentlighet"): the legal basis as the
# secretariat or the minutes write it ("offl. § 13", "kommuneloven § 11-5"), which the
# minutes record carries as motebok's extra item key ``exemption`` (docs/archive.md).
#: The words the public sees in a closed item's place (as a title, after its number).
CLOSED_TO_PUBLIC = gettext_noop("Closed to the public")
#: Norwegian for the same: what an export for the public writes as the item's title
#: (a minutes record's text is Norwegian, whatever language the reader's pages are in).
CLOSED_TO_PUBLIC_NB = "Unntatt offentlighet"
#: The longest legal basis stored ("offl. § 23 første ledd, jf. fvl. § 13 første ledd nr. 1").
EXEMPTION_MAX = 200


def closed_title(basis: str, words: str = CLOSED_TO_PUBLIC_NB) -> str:
    """The neutral title of a closed item: "Unntatt offentlighet (offl. § 13)", or the
    words alone when no basis is written."""
    basis = " ".join(basis.split())
    return f"{words} ({basis})" if basis else words
