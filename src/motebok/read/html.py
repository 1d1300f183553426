"""HTML reader (selectolax/lexbor): the page's visible text as blocks.

Minutes published on web sites arrive as saved pages, with menus, scripts and footers
around the text. The reader walks the DOM once: block elements end a block, inline
elements join, ``<br>`` is a soft line break, list items get the marker a browser shows
("3." for ``<ol start=3>``, "b." for ``type=a``, "-" for bullets), table rows become
cells. Page chrome (nav, scripts, forms, hidden elements) is dropped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    DESTINATION_WORDS,
    FURNITURE_CHARS,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    SHARED_SERVICE_NOUNS,
    TABLE_ROW,
    ZERO_WIDTH_MARKS,
    Block,
    BlockKind,
    NotedBlocks,
    bold_runs,
    cell_runs,
    header_blocks,
    is_page_furniture,
    names_cooperation_word,
    names_council,
    names_crisis_centre,
    names_destination,
    names_issuer,
    names_shared_service,
)
from motebok.read.symbols import shown_marks, symbol_table
from motebok.read.text import BREADCRUMB as _BREADCRUMB
from motebok.read.text import HOME as _HOME
from motebok.read.text import TRAIL_MARKS as _TRAIL_MARKS
from motebok.read.text import (
    blocks_from_lines,
    decode,
    decode_mixed,
    only_stray_nuls,
    raised,
    typed_block,
    without_mojibake_no_break,
)
from motebok.read.text import steps_trail as _steps_trail
from motebok.vocab import COUNCIL_KINDS

__all__ = ["read"]

_BINARY = "binary file, not HTML"
_META_CHARSET = lazy_regex(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL_BYTES = lazy_regex(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A Latin letter as UTF-8 writes it (0xC3 and a continuation byte: "ø" is C3 B8), which
# Norwegian text in a single-byte page practically never holds ("Ã" before a sign).
_UTF8_LETTER = lazy_regex(rb"\xc3[\x80-\xbf]")
_SPACES = lazy_regex(r"[ \t\n\r\f\xa0]+")

_DROP = frozenset({"script", "style", "noscript", "template", "nav", "aside", "form",
                   "head", "title", "svg", "iframe", "object", "button", "select",
                   "textarea", "canvas", "audio", "video", "map", "dialog"})
_CHROME = frozenset({"header", "footer"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "blockquote", "address",
                    "figure", "figcaption", "dl", "dt", "dd", "center", "fieldset",
                    "details", "summary", "body", "html", "caption", "hr", "legend",
                    "header", "footer", "hgroup", "search"})
# ARIA landmarks and widgets of a site, not of the page's text.
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "dialog",
                           "alertdialog", "complementary", "menu", "menubar"})
# Class or id words CMS themes give their chrome ("cookie-banner", "c-breadcrumb",
# "skip-link", "share-buttons", "site-footer", breadcrumbs named in Norwegian
# ("brodsmuler", "brodsmulesti", nynorsk "brodsmular"), WordPress's "sharedaddy" and
# "jp-relatedposts", a blog's "comments", "related" and "post-tags", the category links
# a blog theme sets over a post's title ("entry-categories", "cat-links": "Referater",
# which would read as the page's title; never the "category-referater" class WordPress
# gives the post itself), a theme's sidebar of
# widgets ("sidebar", WordPress's "widget-area": "Siste innlegg", "Arkiv", a contact box)
# that may stand after the text when no <aside> or role marks it, the "Fant du det du
# lette etter? Ja / Nei" box municipal sites put under every page: "page-feedback",
# "tilbakemelding", "rating", and the bar of Microsoft 365's apps over a classic
# SharePoint page, "suiteBar": "SharePoint", "OneDrive", "Områder"); whole words only.
# Text only screen readers get ("sr-only") stays: it labels what an icon shows ("Dato:" by
# a calendar).
_CONTENT_SELECTOR = "h1, main, article, table, [role=main]"
_CHROME_NAMES = lazy_regex(
    r"(?<![\w-])(?:[a-z]{1,3}-)?(?:breadcrumbs?|br(?:o|ø|oe)dsmul(?:er|ar|e|e-?sti)"
    r"|cookies?|cookie-?(?:banner|consent|bar|notice)"
    r"|consent|skip-?(?:links?|to-?content|nav)"
    r"|navbar|main-?menu|mega-?menu|site-?(?:header|footer|nav|menu)|(?:page|global)-?footer"
    r"|suite-?bar"
    r"|footer|share|sharing|social-?(?:share|media|links)|sharedaddy|related-?posts"
    r"|related(?:-?(?:articles|links|content))?|comments|comment-?(?:list|respond|form|area)"
    r"|disqus_thread|tags|tag-?(?:links|list|cloud)|(?:post|entry)-?tags|sidebar|widget-?area"
    r"|(?:(?:post|entry)-?)?categories|cat-?links"
    r"|(?:page-?|article-?|content-?)?(?:feedback|tilbakemelding|rating)|was-?this-?helpful)"
    r"(?:(?:__|-)\w[\w-]*|(?-i:[A-Z])\w*)?(?![\w-])",
    re.IGNORECASE)
# Consent platforms name their banners with "cookie" or "consent" inside a longer word
# ("CybotCookiebotDialog", "onetrust-consent-sdk", "cookieinformation-banner"), with no
# ARIA role a saved page always keeps.
_CONSENT_NAMES = lazy_regex(r"cookie|consent", re.IGNORECASE)
# Menus named by their class or id ("menu", "nav", "mainmenu", "sidenav", "hovedmeny",
# "main-navigation", "nav-tabs", "c-menu__item"): a word that ends in one of these.
# "navn" (a name column) ends in none of them.
_MENU_NAMES = lazy_regex(
    r"(?<![\w-])(?:\w+-)*[a-z]*(?:nav|navigation|navigasjon|menu|meny)"
    r"(?:(?:__|-)[\w-]*|(?-i:[A-Z])\w*)?(?![\w])",
    re.IGNORECASE)
# What a menu never holds: paragraphs, headings, tables (a wrapper named after a menu's
# state, "has-submenu", "menu-open", holds the page and stays).
_TEXT_SELECTOR = "p, h1, h2, h3, h4, h5, h6, table, main, article"
# What Word, saving a document as a web page, writes apart from the text: the page's
# running header and footer (left out as the DOCX reader leaves them out), the
# reviewers' comments ("Sjekk tala før publisering"), with the "[KH1]" anchors in the
# text marked by the "msocom…" classes, and the footnotes and endnotes gathered at the
# page's end (see ``_word_note``).
_WORD_APART = lazy_regex(r"mso-element\s*:\s*(?:header|footer|comment-list|comment|"
                         r"footnote-list|endnote-list)\b", re.IGNORECASE)
# The id Word gives a footnote's or an endnote's text at the page's end: "ftn1", "edn2".
_WORD_NOTE_ID = lazy_regex(r"(?:ftn|edn)\d+")
# Inline styles under which a browser shows nothing of an element.
_HIDING_STYLE = lazy_regex(r"(?:^|;)(?:display:none|visibility:(?:hidden|collapse))")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_HEADING_SELECTOR = ", ".join(_HEADINGS)
_BOLD = frozenset({"b", "strong"})
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_CELLS = frozenset({"td", "th"})
# Table parts that end a block when a layout table is read as flow.
_FLOW_PARTS = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot"})


def read(data: bytes) -> list[Block]:
    """Read an HTML page into blocks; ReadError for binary data."""
    from selectolax.lexbor import LexborHTMLParser  # loaded only for HTML input

    text = _decode(data)
    if not text.isascii():  # (a page read wrongly twice: "KjellÂ\u00a0Åge")
        text = without_mojibake_no_break(text)
    if _INVISIBLE_IN_PAGE.search(text) is not None:
        text = _INVISIBLE_IN_PAGE.sub("", text)
    _refuse_nesting(text, _NESTING_TAG, _DEEPEST, "HTML nested too deep")
    _refuse_nesting(text, _TABLE_TAG, _DEEPEST_TABLES, "HTML tables nested too deep")
    tree = LexborHTMLParser(text)
    root = tree.body or tree.root
    walker = _Walker()
    walker.hidden_classes = _classes_hidden_by_style(tree)
    if "font-weight" in text:
        walker.weighs = True
        walker.bold_classes, walker.plain_classes = _classes_weighted_by_style(tree)
    if "list-style" in text or "counter(" in text:
        walker.list_classes = _classes_numbered_by_style(tree)
    site = _site_name(tree) if _SITE_MARKS in text or _CLASSIC_TITLE_AREA in text else None
    council = _council_in_page_title(tree) if "egionråd" in text or "rådet" in text or \
        "friluftsråd" in text or any(noun in text for noun in SHARED_SERVICE_NOUNS) or \
        any(word in text for word in DESTINATION_WORDS) or "samarbeidet " in text or \
        ("enter" in text and _centre_word_in_title(text)) else None
    if root is not None:
        main = _main_part(tree, root)
        if main is not None:
            title = _title_before(tree, main)
            if title is not None:
                walker.children(title, in_article=True)
                walker.flush()
            root = main
        walker.children(root, in_article=main is not None)
        walker.flush()
        if ("Neste m" in text or "NESTE M" in text) and _SIDEBAR_MARKS.search(text):
            for box in _next_meeting_boxes(tree):
                walker.walk(box, in_article=True)
                walker.flush()
    if "mso-element" in text:
        walker.blocks[:0] = _word_page_furniture(tree, walker.blocks)
    if site is not None or council is not None:
        return NotedBlocks(walker.blocks, [], [council] if council else None, site=site)
    return walker.blocks


# The marks a page shows nothing of, as characters or entities: zero-width spaces and
# non-joiners, word joiners and soft hyphens, which web editors and Word's "Save as web
# page" leave inside and after words ("Vedtak:&#8203;", "kompe&shy;tanse", "kl.
# 9&#8203;<sup>30</sup>"). Taken out of the page before it is parsed, so the reader's
# tests of a node's text (a permalink's "¶", a download link, a raised minute) and the
# site's name see the text as shown.
_INVISIBLE_IN_PAGE = lazy_regex(f"[{ZERO_WIDTH_MARKS}\u00ad]" r"|&(?:#8203|#x200[bBcC]|#8204|"
                                r"ZeroWidthSpace|zwnj|#8288|#x2060|NoBreak|shy|#173|#x[aA][dD]);")


def _centre_word_in_title(text: str) -> bool:
    """Whether a page's text up to its <title>'s end holds a centre's word that ends a
    word ("Krisesenteret i Vesterdal", "Nordvik krisesenter", "Senter mot incest"): the
    gate before ``_council_in_page_title`` reads a crisis centre's name there
    (``names_crisis_centre``), not "senter" inside another word ("presenterte",
    "Sentervegen"). Only the text up to the title's end is searched (the head's first
    lines on most pages), as the title is the one place the name is read from; cheaper
    than the title read it spares on pages that say "presenterte".

    The tag in any of its usual cases ("</title>", "</TITLE>", "</Title>") ends the
    search; a page without one is searched whole (the title read then finds none). A word
    in capitals ("KRISESENTERET") does not open the gate, as ``names_crisis_centre`` reads
    no name in capitals; an entity after the word ("Krisesenteret&nbsp;i …") ends it.
    """
    end = -1
    for tag in _TITLE_ENDS:
        if (end := text.find(tag)) >= 0:
            break
    if end < 0:
        end = len(text)
    for word in _CENTRE_WORDS:
        at = text.find(word, 0, end)
        while at >= 0:
            at += len(word)
            if text.startswith("et", at):  # the definite form: "Krisesenteret"
                at += 2
            if not (text[at:at + 1].isalnum() or text[at:at + 1] == "_"):
                return True
            at = text.find(word, at, end)
    return False


# How a <title>'s end is written (HTML's tags know no case; these are the cases pages use).
_TITLE_ENDS = ("</title", "</TITLE", "</Title")
# A centre's word as ``names_crisis_centre`` reads it: in a compound ("Krisesenter") or
# opening the name ("Senter mot incest …").
_CENTRE_WORDS = ("senter", "Senter")


# What sets a site's name apart from the page's in a <title>: "Referat 11. mars | Vestdal
# regionråd", "… – Vestdal regionråd", "… :: Vestdal regionråd".
_TITLE_SITE_SEPARATOR = lazy_regex(r"\s+[|–—-]\s+|\s*::\s*")


def _council_in_page_title(tree) -> str | None:
    """The regional council (or shared emergency service: "Møtebok | Sunnfjord
    brannsamarbeid") a saved page's <title> names after its separator ("Referat fra
    skolefaglig nettverk | Vestdal regionråd"): the site the minutes were published on,
    whose banner the reader leaves out as chrome. Handed on as page furniture, which the
    extractor reads as the parent of a group or network that met when the text names none
    (``minutes._parent_alone``), as it reads a Word page header's council; so is an
    inter-municipal company's own site, and a destination company's or a regional park's
    ("Oppsummering fra partnermøtet | Visit Kystlandet – for partnere": its partners'
    meeting), and a crisis centre's ("Protokoll styremøte – Krisesenteret i Vesterdal": its
    board's). None for any other site (a kommune's is the issuer, read apart)."""
    node = tree.css_first("title")
    if node is None:
        return None
    parts = _TITLE_SITE_SEPARATOR.split(" ".join((node.text() or "").split()))
    if len(parts) > 2 and parts[-1][:1].islower():
        del parts[-1]  # the site's words on itself after its name ("| Visit Kystlandet –
        # for partnere")
    name = parts[-1].strip() if len(parts) > 1 else ""
    return name if names_council(name) or names_shared_service(name) or \
        _region_council(name) or _inter_municipal_company(name) or \
        _outdoor_council(name) or names_destination(name) or _named_cooperation(name) or \
        names_crisis_centre(name) else None


def _named_cooperation(name: str) -> bool:
    """Whether a <title>'s site is an inter-municipal cooperation named by its own word
    and its region ("Innkjøpssamarbeidet Sørvest", "Barnevernsamarbeidet Indre Fjord"):
    it publishes its fagråd's and styre's minutes, their parent as a company's site is."""
    words = name.split()
    first = words[0] if words else ""
    return 2 <= len(words) <= 4 and names_cooperation_word(first) and \
        all(word[:1].isupper() for word in words[1:]) and \
        not any(char.isdigit() for char in name)


def _outdoor_council(name: str) -> bool:
    """Whether a <title>'s site is the municipalities' outdoor-recreation council by its
    region ("Vestkyst friluftsråd", "Friluftsrådet for Midtre Dal"): a cooperation that
    publishes its own board's and assembly's minutes, their parent as a council's site is."""
    folded = name.casefold()
    return ("friluftsråd" in folded and name[:1].isupper() and len(name.split()) <= 5 and
            not any(char.isdigit() for char in name) and
            (folded.endswith(" friluftsråd") or folded.startswith("friluftsrådet for ")))


def _inter_municipal_company(name: str) -> bool:
    """Whether a <title>'s site is an inter-municipal company by its name alone ("Arkiv
    Romsdal IKS"): the company publishes its own bodies' minutes (its fagråd, its
    representantskap), and is their parent, as a Word page header's IKS is the issuer."""
    return name.endswith(" IKS") and name[:1].isupper() and len(name.split()) <= 5 and \
        not any(char.isdigit() for char in name)


def _region_council(name: str) -> bool:
    """Whether a <title>'s site is a regional council named in one word by its region
    ("Hardangerrådet", "Nordfjordrådet"), not a council of a kind many places have
    ("Eldrerådet", ``COUNCIL_KINDS``)."""
    folded = name.casefold()
    return " " not in name and name[:1].isupper() and len(name) > 8 and \
        folded.endswith("rådet") and folded[:-5] not in COUNCIL_KINDS


# Where SharePoint keeps the site's name: a modern page's site header (its title span)
# and a classic one's title row, where the site's link stands before the page's name.
_SITE_MARKS = "SiteHeaderTitle"
_CLASSIC_TITLE_AREA = "DeltaPlaceHolderPageTitleInTitleArea"
# (asked one by one: lexbor answered the two joined by a comma with an element of neither)
_SITE_SELECTORS = (f'[data-automationid="{_SITE_MARKS}"]', f"#{_CLASSIC_TITLE_AREA} a")


def _site_name(tree) -> str | None:
    """The name of the SharePoint (or Teams) site a page was saved from ("Faggruppe
    folkehelse – Agder"), which stands in the site's header, chrome the reader leaves
    out: a group's wiki or news page of minutes often names the group nowhere else, so
    the extractor reads it as the body when the text names none. Not a kommune's or a
    company's site ("Nordby kommune"): the issuer, no body that met.

    The name is taken out of the page, as chrome: a classic page sets the site's link
    inside its title ("Barnevernsnettverket Vest › Referat 2025-02-11"), where it is no
    word of the page's title."""
    node = next((found for selector in _SITE_SELECTORS
                 if (found := tree.css_first(selector)) is not None), None)
    if node is None:
        return None
    name = " ".join((node.text(deep=True) or "").split())
    node.decompose()
    if not name or len(name) > 80 or names_issuer(name):
        return None
    return name


def _word_page_furniture(tree, blocks: list[Block]) -> list[Block]:
    """What of the running header and footer of a page Word saved (its "mso-element:
    header" and "footer" divs, left out of the text) is read before the body, as the
    DOCX reader reads a document's page header and footer (``header_blocks``): the
    letterhead of an untitled body, a day given nowhere else. Word names the first
    page's own header "fh1" (and footer "ff1") beside the later pages' "h1" ("f1")."""
    parts: dict[str, list[tuple[str, list[str]]]] = {"header": [], "footer": []}
    for div in tree.css('div[style*="mso-element"]'):
        found = _WORD_APART.search(div.attributes.get("style") or "")
        kind = found.group(0).rsplit(":", 1)[-1].strip().lower() if found else ""
        if kind in parts:
            parts[kind].append(((div.attributes.get("id") or "").lower(), _div_lines(div)))
    first = [lines for name, lines in parts["header"] if name.startswith("fh")]
    later = [lines for name, lines in parts["header"] if name[:1] == "h"]
    feet = sorted((item for item in parts["footer"] if not item[0].startswith("ef")),
                  key=lambda item: not item[0].startswith("ff"))  # the first page's first
    if not (first or later or feet):  # (an even page's alone says nothing of page 1)
        return []
    header = (first or later or [[]])[0]
    running = later[0] if first and later else None
    return header_blocks(header, blocks, running, [line for _, lines in feet for line in lines])


def _div_lines(div) -> list[str]:
    """The lines of a header or footer div, its tab stops kept as tabs."""
    walker = _Walker()
    walker.children(div, in_article=True)
    walker.flush()
    return [line for block in walker.blocks for line in block.text.split("\n")]


# The part of a page that holds its text, as sites mark it; a page of several articles
# (a list of news) marks none of them as the one.
_MAIN_SELECTOR = "main, [role=main]"
# The text a main part holds (letters, digits, signs) to be the page's own text when
# the rest of the page holds more (long menus and footers around short minutes).
_MAIN_CHARS = 300


def _main_part(tree, body):
    """The one ``<main>`` (or role=main) of the page, else its one ``<article>``, when it
    holds the page's text: its minutes without the site around it (a breadcrumb
    "Forside > Politikk", a link bar, a "Sist oppdatert" line, the footer's address),
    however the theme names those parts. None when the page marks no such part, or more
    than one, or one that holds less than half the page's text and little text at all
    (a main part the theme left for a banner)."""
    for selector in (_MAIN_SELECTOR, "article"):
        found = _outermost(tree.css(selector))
        if found:
            break
    else:
        return None
    if len(found) != 1 or _hidden(found[0]):
        return None
    inner = _visible_chars(found[0])
    if inner >= _MAIN_CHARS or 2 * inner >= _visible_chars(body):
        return found[0]
    return None


# What marks a page's sidebar, where a portal's page of a meeting puts the body's next
# meeting: an <aside>, the ARIA role "complementary", or a class or id a theme gives it.
_SIDEBAR_MARKS = lazy_regex(r"<aside\b|complementary|sidebar|widget-?area", re.IGNORECASE)
# A box's heading that names the next meeting: "Neste møte", "Neste møte i utvalget",
# "Neste møter", nynorsk the same.
_NEXT_MEETING_HEAD = lazy_regex(r"neste\s+(?:planlagte\s+)?møte(?:r|dato)?\b", re.IGNORECASE)
# The longest text such a box holds: a date, a time and a place, maybe a link (a sidebar
# that long is a list of all the body's meetings, or other news).
_NEXT_MEETING_BOX_CHARS = 300


def _next_meeting_boxes(tree) -> list[list]:
    """The boxes of the page's sidebar headed "Neste møte …" (a meeting portal's "Neste
    møte i utvalget" beside the minutes): each its heading and the nodes after it up to
    the next heading. The sidebar is site chrome the reader leaves out, but this box
    tells the next meeting of the body whose minutes the page shows, which the minutes
    record holds; the sidebar's other boxes ("Kontakt", "Relaterte lenker") stay out."""
    boxes = []
    for heading in tree.css(_HEADING_SELECTOR):
        words = " ".join((heading.text(deep=True) or "").split())
        if not words or len(words) > 60 or _NEXT_MEETING_HEAD.match(words) is None or \
                not _in_sidebar(heading):
            continue
        box, chars = [heading], 0
        node = heading.next
        while node is not None and node.tag not in _HEADINGS:
            box.append(node)
            if node.tag != "-text":
                chars += _visible_chars(node)
            node = node.next
        if 0 < chars <= _NEXT_MEETING_BOX_CHARS:
            boxes.append(box)
    return boxes


def _in_sidebar(node) -> bool:
    """Whether an element sits in the page's sidebar (an <aside>, a part of role
    "complementary", a "sidebar" or "widget-area" by its class or id, left out as chrome),
    shown on the page (no ``hidden``, no ``display:none`` on the way), and in no banner
    or footer."""
    sidebar = False
    node = node.parent
    while node is not None and node.tag not in {"body", "html"}:
        attrs = node.attributes or {}
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "hidden" in attrs or (style and _HIDING_STYLE.search(style)) or \
                node.tag in _CHROME or node.tag in {"nav", "form", "template", "dialog"}:
            return False
        names = " ".join(attrs.get(name) or "" for name in ("class", "id"))
        if node.tag == "aside" or (
                ((attrs.get("role") or "").strip().lower() == "complementary" or
                 (names and _SIDEBAR_NAMES.search(names) is not None)) and _hidden(node)):
            sidebar = True  # (a part the walker leaves out: else its text is read already)
        node = node.parent
    return sidebar


_SIDEBAR_NAMES = lazy_regex(r"(?<![\w-])(?:[a-z]{1,3}-)?(?:sidebar|widget-?area)"
                            r"(?:(?:__|-)\w[\w-]*)?(?![\w-])", re.IGNORECASE)


def _outermost(nodes: list) -> list:
    """The nodes not inside another of them (a main inside a role=main wrapper is one)."""
    ids = {node.mem_id for node in nodes}
    outer = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outer.append(node)
    return outer


def _visible_chars(node) -> int:
    """How many characters of text (no spaces) an element holds."""
    text = node.text(deep=True)
    return len("".join((text or "").split()))


def _title_before(tree, main):
    """The page's ``<h1>`` before its main part when the main part has none: a theme
    that puts the title of the minutes in a page header above the text. Not one in a
    site banner, menu or footer (a logo marked as a heading)."""
    if main.css_first("h1") is not None:
        return None
    for node in tree.css(f"h1, {_MAIN_SELECTOR}, article"):
        if node.mem_id == main.mem_id:
            return None
        if node.tag == "h1" and not _in_chrome(node):
            return node
    return None


def _notes_only(footer) -> bool:
    """Whether an article's footer holds only notes on the post (its categories, tags,
    author, share links) and no paragraph or table: a signature under the minutes set in
    the footer ("<footer><p>Referent: Kari Holm</p></footer>") is the minutes' text."""
    return footer.css_first("p, table") is None


# Where a link leads to a file (an attachment of the minutes), not to a page of the site.
_FILE_LINK = lazy_regex(r"\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|odp|rtf|txt|zip)(?:[?#]|$)"
                        r"|download|vedlegg|attachment|/file", re.IGNORECASE)


def _link_menu(node) -> bool:
    """Whether a list is a site's menu of pages ("Hjem", "Politikk og lokaldemokrati",
    "Kontakt oss"; "Personvern" at the foot): two or more items, each only links to
    pages of the site (a submenu's too). A list of the minutes' attachments links files, a table of
    contents links places on the page ("#sak3"), and a list of cases names them by
    number ("PS 12/25 …"): none is a menu."""
    items = [child for child in node.iter(include_text=False) if child.tag == "li"]
    if len(items) < 2:
        return False
    for item in items:
        links = item.css("a")
        text = "".join((item.text(deep=True) or "").split())
        if not links or not text or any(char.isdigit() for char in text):
            return False
        for link in links:
            href = (link.attributes or {}).get("href") or ""
            if not href or href.startswith("#") or _FILE_LINK.search(href):
                return False
        if "".join("".join((link.text(deep=True) or "").split()) for link in links) != text:
            return False  # words of its own beside the links
    return True


def _discloses(button) -> bool:
    """Whether a ``<button>`` opens and closes a panel of the page's text: an accordion's
    header ("Sak 4/26 Budsjett 2026" over the item's text, as CMS themes fold the items
    of minutes), marked by ``aria-expanded`` or ``aria-controls`` or a toggle of a
    collapsing panel. Its label is the panel's heading; any other button (a form's, a
    cookie banner's "OK", "Skriv ut") shows nothing of the minutes."""
    attrs = button.attributes or {}
    if "aria-expanded" in attrs or "aria-controls" in attrs:
        return True
    toggle = attrs.get("data-bs-toggle") or attrs.get("data-toggle") or ""
    return toggle.strip().lower() == "collapse"


def _in_chrome(node) -> bool:
    """Whether an element is or sits in the site's banner, menu, footer or aside."""
    while node is not None and node.tag not in {"body", "html"}:
        if node.tag in _CHROME or node.tag in _DROP or _hidden(node):
            return True
        node = node.parent
    return False


def _decode(data: bytes) -> str:
    """Text of the page: BOM, else a declared <meta charset>, else UTF-8, else cp1252."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return decode(data, _BINARY)
    head = data[:4096]
    match = _META_CHARSET.search(head)
    if match:
        encoding = _codec(match.group(1).decode("ascii", "replace"))
        if encoding and encoding != "utf-8":
            if b"\x00" in head:  # a stray few (a broken export's) go, as in a text file
                if not only_stray_nuls(head):
                    raise ReadError(_BINARY)
                data = data.replace(b"\x00", b"")
                head = data[:4096]
            if len(_CONTROL_BYTES.findall(head)) > max(2, len(head) // 50):
                raise ReadError(_BINARY)
            if encoding in _SINGLE_BYTE and not data.isascii() and _is_utf8(data):
                # a page saved as UTF-8 under the template's old declaration: as UTF-8
                # its letters read ("Møte"), in cp1252 they would be "MÃ¸te"; Norwegian
                # text in cp1252 is practically never valid UTF-8 ("ø " is not)
                return data.decode("utf-8")
            if encoding in _SINGLE_BYTE and b"\xc3" in data and \
                    len(_UTF8_LETTER.findall(data, 0, 65536)) >= 2:
                # the same, with a few bytes of the declared page among the UTF-8 (a
                # template's footer, a "–" pasted from an old file): the letters UTF-8
                # writes read as UTF-8 ("Kjell\xa0Åge", not "KjellÂ Åge"), line by line
                # as in a text file, the stray bytes as the declared page shows them
                return decode_mixed(data, encoding)
            return data.decode(encoding, errors="replace")
    return decode(data, _BINARY)


# Block containers the HTML parser looks up through every open element when one starts:
# nested thousands deep, parsing takes time that grows with the square of the depth
# (100,000 open divs: about 20 s). No page of minutes nests them near this deep.
_NESTING_TAG = lazy_regex(r"<(/?)(?:div|section|article|aside|main|nav|header|footer|ul|ol|dl"
                          r"|menu|dir|blockquote|center|details|summary|dialog|fieldset|"
                          r"figure|figcaption|hgroup|address)(?=[\s/>])", re.IGNORECASE)
_DEEPEST = 2000
# Tables inside tables are read cell by cell, each cell's text on its own, so every level
# of nesting costs the reader several Python frames: some hundred levels deep reached
# the recursion limit. Layouts of e-mails and old pages nest a few tables, not 50.
_TABLE_TAG = lazy_regex(r"<(/?)table(?=[\s/>])", re.IGNORECASE)
_DEEPEST_TABLES = 50


def _refuse_nesting(text: str, tag: re.Pattern[str], deepest: int, problem: str) -> None:
    """ReadError for a page whose ``tag`` elements (its opening and closing tags) nest
    deeper than ``deepest``: a generated or hostile page, which would hold up the parser
    for minutes or reach the recursion limit. A page with fewer tags than that cannot
    nest so deep, so most pages are only counted."""
    if text.count("<") <= deepest:
        return
    depth = 0
    for match in tag.finditer(text):
        if match.group(1):
            depth = max(depth - 1, 0)
        elif depth < deepest:
            depth += 1
        else:
            raise ReadError(f"{problem} (more than {deepest} levels)")


def _is_utf8(data: bytes) -> bool:
    """Whether bytes decode as UTF-8 without an error."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Codecs of one byte a character that a page's meta may declare (Python's names).
_SINGLE_BYTE = frozenset({"cp1252", "iso8859-15", "iso8859-2", "iso8859-4", "iso8859-10",
                          "cp1250", "cp1257", "mac-roman", "cp850", "cp865"})


def _codec(label: str) -> str | None:
    """Python's codec for a charset label; Latin-1 labels mean cp1252, as in browsers."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _marked_heading(node) -> int:
    """The level of a ``<div>`` or ``<p>`` marked as a heading by its ARIA role
    (``role="heading" aria-level="1"``), as SharePoint writes a page's title and web apps
    their section titles: a screen reader announces it as the heading ``<h1>`` would be;
    or by Word's paragraph style ("Save as web page": ``<p class=MsoTitle>``, the
    document's title, ``MsoSubtitle`` under it, ``MsoHeading7`` for the levels past
    ``<h6>``), a heading as the document shows it; 0 for any other. ARIA's default level
    is 2."""
    attrs = node.attributes
    if not attrs:
        return 0
    if (names := attrs.get("class")) and "Mso" in names:
        for name in names.split():
            if (style := _WORD_HEADING_STYLE.fullmatch(name)) is not None:
                return 1 if style["title"] else 2 if style["subtitle"] else \
                    min(int(style["level"]), 6)
    if (attrs.get("role") or "").strip().lower() != "heading":
        return 0
    level = (attrs.get("aria-level") or "").strip()
    return min(int(level), 6) if level.isdigit() and level != "0" else 2


# Word's heading paragraph styles in its HTML: the title, the subtitle, a numbered
# heading (levels 1–6 are ``<h1>``–``<h6>``; 7–9 stay paragraphs of their class), each
# maybe with Word's contextual spacing suffix ("MsoTitleCxSpFirst").
_WORD_HEADING_STYLE = lazy_regex(r"Mso(?:(?P<title>Title)|(?P<subtitle>Subtitle)|"
                                 r"Heading(?P<level>[1-9]))(?:CxSp\w+)?")


def _hidden(node) -> bool:
    """Elements a browser does not show (``hidden``, an inline ``display:none``), and
    site chrome marked as such by its ARIA role or its class or id: cookie banners,
    breadcrumbs, menus, "skip to content" links, share buttons, the site footer."""
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _HIDING_STYLE.search(style.replace(" ", "").lower()):
        return True
    if style and "mso-element" in style and _WORD_APART.search(style):
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        # an icon or a decoration kept from screen readers ("★", "›", "📅"); a part of
        # the page that holds text (a page behind an open dialog) is still shown
        return node.css_first(_TEXT_SELECTOR) is None
    role = attrs.get("role")
    names = " ".join(attrs.get(name) or "" for name in ("class", "id"))
    if "msocom" in names.lower():
        return True  # a Word comment's anchor ("[KH1]") or text
    if node.tag in _WORD_NOTE_TAGS and _word_note(node, attrs):
        return True
    chrome = ((role is not None and role.strip().lower() in _CHROME_ROLES)
              or (bool(names.strip()) and (_CHROME_NAMES.search(names) is not None
                                           or _CONSENT_NAMES.search(names) is not None)))
    if not chrome and names.strip() and _MENU_NAMES.search(names) is not None:
        # a site's menu of links: text of no paragraph, heading or table of the page
        return node.css_first(_TEXT_SELECTOR) is None
    if chrome and node.tag == "p" and _publication_stamp(node):
        return False  # a newsletter's foot "Publisert 28.10.2025 · Meld deg av": its date
    # a wrapper of the whole page may be named after a state ("cookies-accepted"):
    # what holds the page's title, main part or a table is never chrome
    return chrome and node.css_first(_CONTENT_SELECTOR) is None


# A post's publication stamp opening a paragraph the theme names as its footer
# ("<p class="footer">Publisert 28.10.2025 · Du får dette nyheitsbrevet …"): the day the
# page carries as its own, as a "Publisert" line in the text gives it; the rest of the
# paragraph is a line of its own that says nothing of the meeting.
_PUBLICATION_STAMP = lazy_regex(r"\s*(?:publisert|publiseringsdato)\b:?\s*(?:den\s+)?\d", re.I)


def _publication_stamp(node) -> bool:
    """Whether a paragraph opens with the day the post was published."""
    text = node.text(deep=True)[:40]
    return "ubli" in text and _PUBLICATION_STAMP.match(text) is not None


_WORD_NOTE_TAGS = frozenset({"a", "div"})


def _word_note(node, attrs: dict) -> bool:
    """A footnote or endnote of a document Word saved as a web page: the call in the
    text ("[1]", a link to "#_ftn1") or the note's text at the page's end (a div
    "ftn1", in the filtered HTML without the mso- styles too). Left out as the DOCX,
    ODT and PDF readers leave notes out: gathered at the end, a note would else run on
    from the last item's text or the next meeting's line."""
    if node.tag == "a":
        return (attrs.get("href") or "").startswith(("#_ftn", "#_edn"))
    ident = attrs.get("id") or ""
    return ident[:3] in ("ftn", "edn") and _WORD_NOTE_ID.fullmatch(ident) is not None


# A rule of a style sheet (no at-rule: "@media print { .no-print {…} }" hides only on
# paper or on some screens), and a selector that is one class ("div.skjult", ".skjult").
_CSS_COMMENT = lazy_regex(r"/\*.*?\*/", re.DOTALL)
_ONE_CLASS = lazy_regex(r"[a-z0-9]*\.([\w-]+)")
_CLASS_IN_SELECTOR = lazy_regex(r"\.([\w-]+)")
# Classes that stand for a part a script opens ("collapse", "accordion-panel",
# "tab-content", "dropdown"): their text is the page's, shown on a click.
_OPENED_BY_SCRIPT = lazy_regex(r"collaps|accordion|panel|tab|toggle|expand|dropdown|fold"
                               r"|more|content|answer|body|modal|popup|submenu", re.I)


# The classes that keep a text for screen readers alone ("sr-only", Bootstrap's
# "visually-hidden", WordPress's "screen-reader-text", "visuallyhidden", Drupal's
# "element-invisible").
_SCREEN_READER_CLASSES = frozenset(("sr-only", "visually-hidden", "visuallyhidden",
                                    "screen-reader-text", "element-invisible", "sr-text",
                                    "u-visually-hidden", "hidden-visually"))


def _link_hint(node) -> bool:
    """Whether a span is a link's words for screen readers alone, after its visible text
    ("Årsplan 2026 (PDF)<span class="visually-hidden"> – åpnes i nytt vindu</span>"): how
    the link opens, which no one reading the page sees. Such a span elsewhere stays (it
    labels what an icon shows: "Dato:" by a calendar)."""
    names = (node.attributes or {}).get("class")
    if not names or _SCREEN_READER_CLASSES.isdisjoint(names.lower().split()):
        return False
    link = node.parent
    if link is None or link.tag != "a":
        return False
    hint = node.text(deep=True) or ""
    return bool((link.text(deep=True) or "").replace(hint, "", 1).strip())


def _classes_hidden_by_style(tree) -> frozenset[str]:
    """The classes a ``<style>`` of the page hides outright (``.skjult {display: none}``,
    ``.print-only``): their elements show nothing on screen, like an inline
    ``display:none``. Not a class another rule shows (".panel.open {display: block}"),
    nor one named for a part a script opens. Text only screen readers get
    (".sr-only", clipped to a pixel) is no such class: it labels what an icon shows."""
    css = " ".join(node.text(deep=True) or "" for node in tree.css("style"))
    if "none" not in css and "hidden" not in css:
        return frozenset()
    hidden: set[str] = set()
    shown: set[str] = set()
    for selectors, declarations in _top_level_rules(_CSS_COMMENT.sub("", css)):
        said = declarations.replace(" ", "").lower()
        if "display:none" in said or "visibility:hidden" in said:
            for selector in selectors.split(","):
                match = _ONE_CLASS.fullmatch(selector.strip().lower())
                if match:
                    hidden.add(match.group(1))
        elif "display:" in said or "visibility:" in said:
            shown.update(name.lower() for name in _CLASS_IN_SELECTOR.findall(selectors))
    return frozenset(name for name in hidden - shown if not _OPENED_BY_SCRIPT.search(name))


def _classes_weighted_by_style(tree) -> tuple[frozenset[str], frozenset[str]]:
    """The classes the page's style sheet sets in bold (``.c2 {font-weight:700}``) and
    those it sets in normal weight (``.c0 {font-weight:400}``): Google Docs, saving a
    document as a web page, marks bold this way, with no ``<b>`` at all."""
    css = " ".join(node.text(deep=True) or "" for node in tree.css("style"))
    bold: set[str] = set()
    plain: set[str] = set()
    for selectors, declarations in _top_level_rules(_CSS_COMMENT.sub("", css)):
        weight = _declared_weight(declarations)
        if weight is None:
            continue
        for selector in selectors.split(","):
            match = _ONE_CLASS.fullmatch(selector.strip().lower())
            if match:
                (bold if weight else plain).add(match.group(1))
    return frozenset(bold), frozenset(plain - bold)


# The font-weight property itself, not Word's "mso-bidi-font-weight" (the weight of
# right-to-left and complex scripts, which Word writes on bold Latin text as "normal").
_FONT_WEIGHT = lazy_regex(r"(?<![\w-])font-weight\s*:\s*([a-z0-9]+)", re.IGNORECASE)
_BOLD_WEIGHTS = frozenset({"bold", "bolder"})
_PLAIN_WEIGHTS = frozenset({"normal", "lighter"})


def _declared_weight(declarations: str) -> bool | None:
    """Whether CSS declarations set text in bold (bold, bolder, 600 and up: True), in
    normal weight (normal, lighter, up to 500: False), or say nothing of it (None); the
    last font-weight counts, as in a browser."""
    if "font-weight" not in declarations.lower():
        return None
    found = _FONT_WEIGHT.findall(declarations)
    if not found:
        return None
    value = found[-1].lower()
    if value.isdigit():
        return int(value) >= 600
    if value in _BOLD_WEIGHTS:
        return True
    return False if value in _PLAIN_WEIGHTS else None


# CSS list styles and the ``type`` of an ``<ol>`` that shows the same markers.
_COUNTER_TYPES = {"lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
                  "upper-latin": "A", "lower-roman": "i", "upper-roman": "I", "decimal": "1"}
_LIST_STYLE = lazy_regex(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)
_COUNTER_STYLE = lazy_regex(r"counter\(\s*[\w-]+\s*,\s*([a-z-]+)\s*\)", re.IGNORECASE)
# A rule for one class's list or its items' markers (".x", "ol.x", ".x>li:before").
_LIST_CLASS = lazy_regex(r"[a-z0-9]*\.([\w-]+)(?:\s*>\s*li(?:::?before|::marker)?)?")


def _classes_numbered_by_style(tree) -> dict[str, str]:
    """The classes of lists the page's style sheet numbers otherwise than in digits:
    ``ol.x {list-style-type: lower-alpha}``, or a marker drawn by a counter in letters
    (``.x>li:before {content: counter(c, lower-latin) ". "}``, as Google Docs saves
    the sub-levels of a numbered list, each an ``<ol>`` of its own with no ``type``)."""
    css = " ".join(node.text(deep=True) or "" for node in tree.css("style"))
    found: dict[str, str] = {}
    for selectors, declarations in _top_level_rules(_CSS_COMMENT.sub("", css)):
        style = _COUNTER_STYLE.search(declarations) or _LIST_STYLE.search(declarations)
        kind = _COUNTER_TYPES.get(style.group(1).lower()) if style else None
        if kind is None:
            continue
        for selector in selectors.split(","):
            match = _LIST_CLASS.fullmatch(selector.strip().lower())
            if match:
                found[match.group(1)] = kind
    return found


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of a style sheet's rules outside any at-rule block."""
    rules: list[tuple[str, str]] = []
    depth, start, selectors = 0, 0, ""
    for brace in re.finditer(r"[{}]", css):
        at = brace.start()
        if brace.group() == "{":
            if depth == 0:
                selectors, start = css[start:at], at + 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                if "@" not in selectors:
                    rules.append((selectors, css[start:at]))
                start = at + 1
    return rules


def _ol_marker(number: int, kind: str) -> str:
    """The marker of an ordered-list item for the list's ``type``."""
    if kind in {"a", "A"}:
        letters, n = "", max(number, 1)
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return f"{letters if kind == 'a' else letters.upper()}."
    if kind in {"i", "I"}:
        roman, n = "", max(number, 1)
        for amount, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"),
                               (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
                               (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= amount:
                roman, n = roman + digits, n - amount
        return f"{roman if kind == 'i' else roman.upper()}."
    return f"{number}."


def _int(value: str | None, default: int) -> int:
    """An integer attribute, or the default when missing or malformed."""
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _Walker:
    """Collects inline text into the current block and emits blocks at boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[tuple[str, bool]] = []
        self.kind = PARAGRAPH
        self.level = 0
        self.marker: str | None = None
        self.bold = 0
        self.list_depth = -1
        #: Classes the page's own style sheet hides (``_classes_hidden_by_style``).
        self.hidden_classes: frozenset[str] = frozenset()
        #: Whether the page sets font weights in CSS (inline or by class), and the
        #: classes it sets in bold and in normal weight (``_classes_weighted_by_style``).
        self.weighs = False
        self.bold_classes: frozenset[str] = frozenset()
        self.plain_classes: frozenset[str] = frozenset()
        #: Classes whose lists the page's style sheet numbers in letters or roman
        #: numerals: class → the ``type`` attribute that would say so ("a", "I").
        self.list_classes: dict[str, str] = {}
        #: The bold text in the cells of the table row being read (``cell_runs``).
        self.row_runs: list[str] = []
        #: Steps still to walk, last first: (function, arguments).
        self._todo: list[tuple[Callable[..., None], tuple]] = []

    def flush(self) -> None:
        """Emit the text gathered so far as one block of the current kind."""
        if not self.parts:
            return
        raw = "".join(text for text, _ in self.parts)
        if "\t" in raw:  # Word's tab stops (only they leave a tab here)
            text = "\n".join(_tabbed(line, self.kind is PARAGRAPH)
                             for line in raw.split("\n")).strip()
        else:
            text = "\n".join(_SPACES.sub(" ", line).strip() for line in raw.split("\n")).strip()
        visible = [bold for part, bold in self.parts if part.strip()]
        parts, self.parts = self.parts, []
        if not text or (len(text) <= FURNITURE_CHARS and is_page_furniture(text)) \
                or (_TRAIL_MARKS.intersection(text) and (
                    _BREADCRUMB.fullmatch(text) or _steps_trail(text))) \
                or (text[:2] in ("Du", "du") and _YOU_ARE_HERE.fullmatch(text)):
            return  # (the words "Du er her:" alone: over a breadcrumb's list)
        bold = bool(visible) and all(visible)
        # (<b>, <strong>, a span in font-weight bold or 700: a run inside the paragraph)
        runs = bold_runs(parts) if not bold and any(visible) else ()
        kind, level = self.kind, self.level
        if kind is PARAGRAPH and "\t" in text:
            self.add_tabbed(text, bold)
            return
        if kind is LIST_ITEM:
            if self.marker is None:
                kind, level = PARAGRAPH, 0
            else:
                text = f"{self.marker} {text}" if self.marker else text
                self.marker = None
        elif self.marker is not None:  # a list item's marker, on the heading opening it
            if self.marker not in ("", "-"):  # a number, not a bullet
                text = f"{self.marker} {text}"
            self.marker = None
        block = Block(kind, text, level=level, bold=bold, runs=runs)
        previous = self.blocks[-1] if self.blocks else None
        block.gap = not (previous is not None and kind is LIST_ITEM
                         and previous.kind is LIST_ITEM)
        self.blocks.append(block)

    def add_tabbed(self, text: str, bold: bool) -> None:
        """Emit a paragraph with Word's tab stops line by line as the DOCX reader reads
        such a paragraph: a line of columns is a table row ("Kari Holm<tab>Lunde
        kommune"), one after another a table."""
        for number, line in enumerate(text.split("\n")):
            block = typed_block(line, bold)
            previous = self.blocks[-1] if self.blocks else None
            block.gap = number == 0 and not (
                previous is not None and block.kind is TABLE_ROW
                and previous.kind is TABLE_ROW)
            self.blocks.append(block)

    def children(self, node, in_article: bool) -> None:
        """Walk a node's descendants in document order, then return.

        Depth first with a stack of steps rather than by recursion: old pages leave
        inline tags open (``<font>`` after ``<font>``), and the parser nests each in the
        one before, hundreds deep, past Python's recursion limit.
        """
        todo = self._todo
        bottom = len(todo)
        self._push_children(node, in_article)
        while len(todo) > bottom:
            step, args = todo.pop()
            step(*args)

    def walk(self, nodes: list, in_article: bool) -> None:
        """Walk the given sibling nodes and what they hold, in order, then return."""
        todo = self._todo
        bottom = len(todo)
        todo.extend((self.node, (node, in_article)) for node in reversed(nodes))
        while len(todo) > bottom:
            step, args = todo.pop()
            step(*args)

    def _push_children(self, node, in_article: bool) -> None:
        """Queue a node's children so that the first one is walked next."""
        self._todo.extend((self.node, (child, in_article))
                          for child in reversed(list(node.iter(include_text=True))))

    def _then(self, step: Callable[..., None], *args: object) -> None:
        """Queue ``step`` to run once everything queued after it has been walked."""
        self._todo.append((step, args))

    def node(self, node, in_article: bool) -> None:
        """Dispatch one node by its tag (its children are queued, not walked here)."""
        # A processing instruction left in a page ("<?php … ?>" from a CMS template) is a
        # node without a tag: nothing a browser shows, like a comment ("-comment").
        tag = node.tag or "-instruction"
        if tag == "-text":
            # A line break in the page's source is a space, as a browser shows it; only
            # <br> breaks a line ("Per\nHansen" in wrapped source is "Per Hansen").
            self.parts.append((_SPACES.sub(" ", node.text_content or ""), self.bold > 0))
            return
        if tag.startswith("-") or (tag in _DROP and not (tag == "button" and _discloses(node))) \
                or _hidden(node):
            return
        if self.hidden_classes and self._hidden_by_class(node):
            return
        if tag in _CHROME and (not in_article or (tag == "footer" and _notes_only(node))):
            return
        inside = in_article or tag in {"article", "main"}
        weight = self.weight(node) if self.weighs else None
        if weight is not None:  # the element's own weight, whatever its tag
            self._then(self._set_bold, self.bold)
            self.bold = 1 if weight else 0
        if tag == "a" and _permalink(node):
            return
        if tag == "span" and _link_hint(node):
            return
        if tag == "span" and self.parts and (last := self.parts[-1][0]) \
                and not last[-1:].isspace() and last[-1:] != ",":
            if _person_chip(node):
                self.parts.append((", ", self.bold > 0))  # Notion's "Kari Holm""Per Dahl" chips
            elif _glued_field(node, last):
                self.parts.append((" – ", self.bold > 0))  # "Kari Holm""Moen": two fields
        if tag == "br":
            self.parts.append(("\n", self.bold > 0))
        elif tag == "span" and (title := _space_page_title(node)) is not None:
            self.parts.append((title, self.bold > 0))
        elif tag == "span" and (word := _word_span(node, self.parts)) is not None:
            self.parts.append((word, self.bold > 0))
        elif tag in ("input", "div") and \
                (box := _check_box(node) if tag == "input" else _drawn_check_box(node)):
            self.parts.append((box, self.bold > 0))
        elif tag == "font" and (marks := _font_marks(node)) is not None:
            self.parts.append((marks, self.bold > 0))
        elif tag == "sup" and (minutes := self.raised_minutes(node)) is not None:
            self.parts.append((minutes, self.bold > 0))
        elif tag in _BOLD:
            if weight is None:
                self.bold += 1
                self._then(self._unbold)
            self._push_children(node, inside)
        elif tag in _HEADINGS:
            self.scoped(node, inside, HEADING, _HEADINGS[tag])
        elif tag in ("div", "p") and (level := _marked_heading(node)):
            self.scoped(node, inside, HEADING, level)
        elif tag in _LISTS:
            self.list(node, inside)
        elif tag == "li":
            self.item(node, inside, "-")
        elif tag == "table":
            self.flush()
            self.table(node, inside)
        elif tag == "dl" and (pairs := self.pairs(node, inside)):
            self.flush()
            self.add_rows(pairs)
        elif tag == "pre":
            self.flush()
            self.pre(node)
        elif tag in _BLOCK or tag in _FLOW_PARTS or tag == "button":
            self.flush()  # (a button left here opens a panel: its label is a line)
            self._then(self.flush)
            if tag == "p" and (box := _note_tag_box(node)):
                self.parts.append((box, self.bold > 0))
            self._push_children(node, inside)
        else:
            self._push_children(node, inside)

    def raised_minutes(self, node) -> str | None:
        """A ``<sup>`` that raises the minutes over an hour ("kl. 9<sup>30</sup>") as
        the plain-text form of the time (".30"), "" for a footnote's number after a word
        ("Holm<sup>1</sup>"); None for any other superscript."""
        text = (node.text(deep=True) or "").strip()
        if len(text) > 2 or not self.parts:
            return None
        shown = raised("".join(part for part, _ in self.parts[-3:]), text)
        return shown if shown != text else None

    def _hidden_by_class(self, node) -> bool:
        """Whether the page's style sheet hides the element by one of its classes."""
        names = (node.attributes or {}).get("class")
        return bool(names) and not self.hidden_classes.isdisjoint(names.split())

    def _unbold(self) -> None:
        """Leave a bold element."""
        self.bold -= 1

    def counted_as(self, attrs: dict) -> str | None:
        """The ``type`` an ordered list's CSS gives it (``list-style-type: lower-alpha``
        inline, or by a class the style sheet counts in letters, as Google Docs writes
        its sub-levels: ``.lst-kix_x-1>li:before{content: counter(…, lower-latin) ". "}``);
        None when its CSS says nothing, and the list counts in digits."""
        style = attrs.get("style")
        if style and (found := _LIST_STYLE.search(style)):
            return _COUNTER_TYPES.get(found.group(1).lower())
        names = attrs.get("class")
        if names and self.list_classes:
            for name in names.lower().split():
                if name in self.list_classes:
                    return self.list_classes[name]
        return None

    def _set_bold(self, bold: int) -> None:
        """Leave an element that set its own weight: back to the weight around it."""
        self.bold = bold

    def weight(self, node) -> bool | None:
        """Whether an element's CSS sets its text in bold (True) or in normal weight
        (False), by its inline style or one of its classes; None when it says nothing.
        What CSS says wins over the tag: Google Docs wraps text copied from it in
        ``<b style="font-weight:normal">`` and marks its bold by a class or a style on
        a ``<span>``; a page pasted so into a site would otherwise be bold throughout
        (every line a heading) or have no bold at all (no heading)."""
        attrs = node.attributes
        if not attrs:
            return None
        style = attrs.get("style")
        if style and (declared := _declared_weight(style)) is not None:
            return declared
        names = attrs.get("class")
        if names and (self.bold_classes or self.plain_classes):
            classes = names.lower().split()
            if not self.bold_classes.isdisjoint(classes):
                return True
            if not self.plain_classes.isdisjoint(classes):
                return False
        return None

    def scoped(self, node, in_article: bool, kind: BlockKind, level: int) -> None:
        """Walk a node as one block of its own kind (a heading).

        A heading that opens a list item carries the item's number, as a browser shows
        it beside the item's first line ("1. Godkjenning av innkalling"); the text
        under the heading is then no list item of its own.
        """
        self.flush()
        marker = self.marker if self.kind is LIST_ITEM else None
        self._then(self._restore, (self.kind, self.level,
                                   None if marker is not None else self.marker))
        self.kind, self.level, self.marker = kind, level, marker
        self._push_children(node, in_article)

    def _restore(self, saved: tuple[BlockKind, int, str | None]) -> None:
        """End a heading or list item: emit its text, go back to the enclosing kind."""
        self.flush()
        self.kind, self.level, self.marker = saved

    def list(self, node, in_article: bool) -> None:
        """An ol/ul: number its items the way a browser does (start, type, value).
        Outside a page's marked text, a list of links to the site's pages is its menu."""
        self.flush()
        if (not in_article and _link_menu(node)) or _breadcrumb_list(node):
            return
        self.list_depth += 1
        ordered = node.tag == "ol"
        attrs = node.attributes or {}
        kind = attrs.get("type") or self.counted_as(attrs) or "1"
        reverse = "reversed" in attrs
        count = _int(attrs.get("start"), 1) - (-1 if reverse else 1)
        steps: list[tuple[Callable[..., None], tuple]] = []
        for child in node.iter(include_text=False):
            if child.tag != "li" or _hidden(child) or \
                    (self.hidden_classes and self._hidden_by_class(child)):
                steps.append((self.node, (child, in_article)))
                continue
            marker = "-"
            if ordered:
                value = (child.attributes or {}).get("value")
                count = _int(value, count + (-1 if reverse else 1))
                marker = _ol_marker(count, kind)
            steps.append((self.item, (child, in_article, marker)))
        self._then(self._end_list)
        self._todo.extend(reversed(steps))

    def _end_list(self) -> None:
        """Leave a list: emit its last text, one level up."""
        self.flush()
        self.list_depth -= 1

    def item(self, node, in_article: bool, marker: str) -> None:
        """One li: its first text carries the marker; nested lists go one level deeper."""
        self.flush()
        self._then(self._restore, (self.kind, self.level, self.marker))
        self.kind, self.level, self.marker = LIST_ITEM, max(self.list_depth, 0), marker
        attrs = node.attributes or {}
        if "data-inline-task-id" in attrs:
            # a Confluence task ("Action items"): ticked by its class, as "[x] " reads
            ticked = "checked" in (attrs.get("class") or "").split()
            self.parts.append(("[x] " if ticked else "[ ] ", self.bold > 0))
        self._push_children(node, in_article)

    def table(self, node, in_article: bool) -> None:
        """Each tr → a TABLE_ROW of its td/th texts (nested tables inside their cell).

        A table used for page layout (it holds headings, or says role=presentation) is
        read as ordinary flow: its cells are parts of the page, not data.
        """
        attrs = node.attributes or {}
        if attrs.get("role") in {"presentation", "none"} or node.css_first(_HEADING_SELECTOR):
            self.children(node, in_article)
            self.flush()
            return
        runs: list[tuple[str, ...]] = []
        rows = self.rows(node, in_article, runs)
        if _frames_the_page(rows):
            for cell in node.css("td, th"):
                if _nearest_table(cell) == node.mem_id and _only_links(cell):
                    cell.decompose()  # the site's menu, in a column beside the text
            self.children(node, in_article)
            self.flush()
            return
        caption = node.css_first("caption")
        if caption is not None and _nearest_table(caption) == node.mem_id and not _hidden(caption):
            # the table's label ("Til stede", "Forfall") goes before its rows
            self.children(caption, in_article)
            self.flush()
        self.add_rows(rows, runs)

    def add_rows(self, rows: list[list[str]], runs: list[tuple[str, ...]] | None = None) -> None:
        """Emit rows of cells as TABLE_ROW blocks, one table (tight after each other),
        each with the bold text of its cells when ``runs`` gives it (row by row)."""
        for number, cells in enumerate(rows):
            previous = self.blocks[-1] if self.blocks else None
            tight = previous is not None and previous.kind is TABLE_ROW
            self.blocks.append(Block(TABLE_ROW, "\t".join(cells),
                                     cells=tuple(cells), gap=not tight,
                                     runs=runs[number] if runs else ()))

    def pairs(self, node, in_article: bool) -> list[list[str]] | None:
        """A description list of short terms and values ("Møtedato" / "21.05.2024",
        "Utval" / "Kontrollutvalet") as (term, values) rows: the label and value pairs
        of a table row, which the term without a colon would not be as two lines. None
        for a list that holds running text (an item's term over its minutes)."""
        rows: list[list[str]] = []
        for child in _terms_and_values(node):
            if child.tag not in ("dt", "dd"):
                return None
            text = self.inner_text(child, in_article)
            if child.tag == "dt":
                rows.append([text, ""])
            elif rows and text:
                rows[-1][1] = f"{rows[-1][1]}\n{text}" if rows[-1][1] else text
        if not rows or any(not term or "\n" in term or len(term) > _TERM_CHARS
                           or not value or len(value) > _VALUE_CHARS
                           for term, value in rows):
            return None
        return rows

    def inner_text(self, node, in_article: bool) -> str:
        """The text of an element read on its own, its blocks as lines."""
        inner = _Walker()
        inner.hidden_classes = self.hidden_classes
        inner.weighs, inner.bold_classes, inner.plain_classes = (
            self.weighs, self.bold_classes, self.plain_classes)
        inner.bold = self.bold
        inner.children(node, in_article)
        inner.flush()
        for block in inner.blocks:
            self.row_runs.extend(cell_runs(block))
        return "\n".join(b.text.replace("\t", " ") for b in inner.blocks)

    def rows(self, node, in_article: bool,
             runs: list[tuple[str, ...]] | None = None) -> list[list[str]]:
        """The texts of a table's own rows (not a nested table's), cell by cell, with the
        cells spanning rows filled in; rows without text left out. ``runs`` gets the
        bold text of each row kept (``cell_runs``)."""
        found: list[list[str]] = []
        down: dict[int, list] = {}  # column → [text, rows it still covers, columns]
        for row in node.css("tr"):
            if _hidden(row) or _nearest_table(row) != node.mem_id or \
                    (self.hidden_classes and self._hidden_by_class(row)):
                continue
            cells: list[str] = []
            self.row_runs = []
            column = _fill_spanned(cells, down, 0)
            for cell in row.iter(include_text=False):
                if cell.tag in _CELLS and not _hidden(cell):
                    cells.append(self.inner_text(cell, in_article))
                    cell_attrs = cell.attributes or {}
                    spanned = min(_int(cell_attrs.get("rowspan"), 1), 100)
                    width = max(_int(cell_attrs.get("colspan"), 1), 1)
                    if spanned > 1:
                        down[column] = [cells[-1], spanned - 1, width]
                    column = _fill_spanned(cells, down, column + width)
            if any(cells):
                found.append(cells)
                if runs is not None:
                    runs.append(tuple(self.row_runs))
        return found

    def pre(self, node) -> None:
        """Preformatted text keeps its lines: read with the plain-text line rules."""
        self.blocks.extend(blocks_from_lines((node.text(deep=True) or "").splitlines()))


# A breadcrumb trail ("Forside > Politikk > Referat"): ``BREADCRUMB`` in the text reader.
# What a breadcrumb's list begins with, a link to the front page ("Forside", "Hjem"), and
# the words over a breadcrumb in a line of their own ("Du er her:").
_HOME_CRUMB = lazy_regex(_HOME, re.IGNORECASE)
_YOU_ARE_HERE = lazy_regex(r"du\s+er\s+(?:no\s+)?(?:her|på)\s*:?", re.IGNORECASE)
# The longest step of a breadcrumb's list (a page's title).
_CRUMB_CHARS = 80


def _space_page_title(node) -> str | None:
    """The page's own title in a Confluence export's heading, without the name of the
    wiki space the export puts before it (span#title-text "Regionrådet : 2026-04-14
    Referat" → "2026-04-14 Referat": the space is the site's, as its breadcrumb is);
    None for any other span, or a title without the space's " : "."""
    if (node.attributes or {}).get("id") != "title-text":
        return None
    space, colon, title = " ".join(node.text(deep=True).split()).partition(" : ")
    return title if colon and space and title else None


def _breadcrumb_list(node) -> bool:
    """Whether a list is a breadcrumb trail ("Forside" / "Politikk" / "Regionrådet" /
    "Møter", each an ``<li>``): its first item a link to the front page, every item but
    the last a link alone, the last the page it leads to, linked or not. It is the site's
    way to the page, not the minutes' agenda, wherever the page puts it (inside its
    ``<main>`` too, over the title), whatever its class."""
    items = [child for child in node.iter(include_text=False) if child.tag == "li"]
    if len(items) < 2:
        return False
    first = items[0]
    if first.css_first("a") is None or not _HOME_CRUMB.fullmatch(
            " ".join((first.text(deep=True) or "").split()).strip(" ›>»→/")):
        return False
    for n, item in enumerate(items):
        text = " ".join((item.text(deep=True) or "").split())
        if not text or len(text) > _CRUMB_CHARS or item.css_first("ul, ol, p, table"):
            return False
        links = item.css("a")
        linked = "".join("".join((link.text(deep=True) or "").split()) for link in links)
        if n < len(items) - 1 and linked != "".join(text.split()).strip("›>»→/"):
            return False  # words of its own beside the link: a list of the text
    return True


# The marker Word writes before a list paragraph it saves as a web page, in a span of
# style "mso-list:Ignore": a number or letter ("1.", "a)", "2.1") as written, else a
# bullet drawn in a symbol font, whose character means nothing as text ("·" of Symbol,
# "§" and "Ø" of Wingdings for a square and an arrow, "o" of Courier New).
_WORD_LIST_STYLE = lazy_regex(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_SYMBOL_FONT = lazy_regex(r"font-family\s*:\s*[\"']?(symbol|wingdings|courier)", re.IGNORECASE)
_NUMBER_MARKER = lazy_regex(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlIVXL]{1,5})[.):]?")


def _word_span(node, parts: list[tuple[str, bool]]) -> str | None:
    """The text a span Word wrote when saving as a web page stands for: a tab stop
    ("mso-tab-count", padded with spaces) is a tab, as in the document, which parts
    columns ("Kari Holm<tab>Lunde kommune"); a list marker is read as a plain list's.
    None for any other span, read as its text."""
    style = (node.attributes or {}).get("style")
    if not style:
        return None
    if "mso-tab-count" in style:
        return "\t"
    if "dings" in style and _last_in_line(node):  # (Wingdings, Wingdings 2, Webdings)
        marks = _symbol_marks(node, style)  # a tick alone in a cell, not a bullet
        if marks is not None:
            return marks
    if _word_list_marker(node, style, parts):
        return _marker_text(node.text(deep=True) or "")
    return None


def _last_in_line(node) -> bool:
    """Whether no text follows a span in its element: a mark that ends a cell or a
    line ("Kari Nordmann | ✓"), where a list's bullet glyph has its item after it."""
    sibling = node.next
    while sibling is not None:
        if sibling.tag == "br":
            return True
        if (sibling.text(deep=True) or "").strip():
            return False
        sibling = sibling.next
    return True


def _symbol_marks(node, style: str) -> str | None:
    """A tick or box Word saved as a symbol font's code ("ü" in Wingdings, "P" in
    Wingdings 2) as the mark it shows ("✓"), as the DOCX reader reads it; None (the
    text as it is) when a character is no mark the font's table knows, such as a
    smiley's "J" in a sentence."""
    font = _MARK_FONT.search(style)
    table = symbol_table(font.group(1)) if font else None
    text = node.text(deep=True) or ""
    if table is None or not text.strip() or any(
            f"{ord(char) & 0xFF:02X}" not in table for char in text if not char.isspace()):
        return None
    return shown_marks(text.strip(), table)


def _check_box(node) -> str:
    """A check box as the text it stands for; "" for any other input. In a list item it
    is a Markdown task list rendered as a web page ("- [x] Kari Holm" becomes
    ``<li><input type=checkbox checked> Kari Holm``), read as the Markdown's "[x] " or
    "[ ] "; elsewhere (a "Møtt" column of boxes) the box it shows, "☑" or "☐"."""
    attributes = node.attributes or {}
    if (attributes.get("type") or "").strip().lower() != "checkbox":
        return ""
    ticked = "checked" in attributes
    holder = node.parent
    while holder is not None and holder.tag not in _BOX_HOLDERS:
        holder = holder.parent
    if holder is not None and holder.tag == "li":
        return "[x] " if ticked else "[ ] "
    return "☑ " if ticked else "☐ "


# The marks a site generator puts in a heading's permalink (MkDocs, Sphinx, Hugo, a
# wiki): "¶", "#", "§", "🔗".
_PERMALINK_MARKS = frozenset({"¶", "#", "§", "🔗", "\U0001f517\ufe0f"})


def _permalink(node) -> bool:
    """Whether a link is a heading's permalink ("Sak 1/26 Økonomi<a class="headerlink"
    href="#sak-1">¶</a>"): a link to a place on the page whose text is only such a mark,
    no word of the heading."""
    href = (node.attributes or {}).get("href") or ""
    return href[:1] == "#" and (node.text(deep=True) or "").strip() in _PERMALINK_MARKS


def _person_chip(node) -> bool:
    """Whether a span is a note app's person chip (Notion's ``<span class="user">`` in a
    "Deltakere" property): chips side by side with nothing between them are a list of
    people, which a comma sets apart as the page shows them apart."""
    names = (node.attributes or {}).get("class")
    return bool(names) and "user" in names.split()


def _glued_field(node, last: str) -> bool:
    """Whether a span is the next field of a record whose fields a theme sets out side by
    side in spans with nothing between them ("<span>Kari Holm</span><span>Moen</span>" in
    a member card, laid out apart by the style sheet): the words would run together
    ("Kari HolmMoen"). Read apart as a "Name – organisation" line is. A word a style
    split between spans ("Mø" "te", Word's runs) goes on in lower case, and a span
    after text or inside another element's text is no field."""
    previous = node.prev
    if previous is None or previous.tag != "span" or not last[-1:].isalpha():
        return False
    first = (node.text(deep=True) or "")[:1]  # (a space, also &nbsp;, parts them already)
    return first.isupper() and last[-1:].islower()


def _note_tag_box(node) -> str:
    """A OneNote to-do tag on a paragraph (``<p data-tag="to-do">``, ticked as
    ``data-tag="to-do:completed"``, with other tags as "to-do,important"): the Markdown's
    "[ ] " or "[x] " the box shows; "" for a paragraph without one."""
    tags = (node.attributes or {}).get("data-tag")
    if not tags or "to-do" not in tags:
        return ""
    for tag in tags.split(","):
        if tag.strip().startswith("to-do"):
            return "[x] " if "completed" in tag else "[ ] "
    return ""


def _drawn_check_box(node) -> str:
    """A note app's check box drawn by its class, no input (Notion's export: ``<div
    class="checkbox checkbox-on">`` before a to-do's text): the Markdown's "[x] " or "[ ] "
    the same page exported as Markdown has; "" for any other element."""
    names = (node.attributes or {}).get("class")
    if not names or "checkbox" not in names:
        return ""
    classes = names.split()
    if "checkbox-on" in classes:
        return "[x] "
    return "[ ] " if "checkbox-off" in classes else ""


# The elements whose kind decides how a check box in them reads (see ``_check_box``).
_BOX_HOLDERS = frozenset({"li", "td", "th", "body"})


def _font_marks(node) -> str | None:
    """A tick or box an older editor (Word 97, FrontPage, an old mail client) wrote as a
    symbol font's code in ``<font face="Wingdings">þ</font>``: the mark it shows, read as
    the same code in a styled span is; None (the text as it is) for any other font."""
    face = (node.attributes or {}).get("face") or ""
    if "dings" not in face.lower() or not _last_in_line(node):
        return None
    return _symbol_marks(node, f"font-family:{face}")


_MARK_FONT = lazy_regex(r"font-family\s*:\s*[\"']?(wingdings(?: 2)?|webdings)\b", re.IGNORECASE)


def _tabbed(line: str, keep: bool) -> str:
    """A line with Word's tabs: spaces collapsed, and the tabs kept as one between
    columns in a paragraph (as the DOCX reader keeps them), else made spaces."""
    columns = [_SPACES.sub(" ", part).strip() for part in line.split("\t")]
    return ("\t" if keep else " ").join(column for column in columns if column)


def _word_list_marker(node, style: str, parts: list[tuple[str, bool]]) -> bool:
    """Whether a span is the list marker of a paragraph Word saved as HTML: marked
    "mso-list:Ignore", or (in Word's "filtered" HTML, without mso- styles) a glyph or
    two in a symbol font that opens the paragraph (or Courier New's "o")."""
    if "mso-list" in style:
        return _WORD_LIST_STYLE.search(style) is not None
    font = _SYMBOL_FONT.search(style)
    if font is None or "".join(text for text, _ in parts).strip():
        return False
    glyph = "".join((node.text(deep=True) or "").split())
    return glyph == "o" if font.group(1).lower() == "courier" else len(glyph) <= 2


def _marker_text(marker: str) -> str:
    """A Word list marker as a plain-text list's: the number or letter as written
    ("1.", "a)"), else "-" for a bullet glyph (a bare "v" or "q" of Wingdings is one);
    then the space the marker's tab stands for."""
    marker = marker.strip(" \t\n\r\xa0")
    if not marker:
        return ""
    numbered = _NUMBER_MARKER.fullmatch(marker) is not None and (
        any(char.isdigit() for char in marker) or marker[-1] in ".):")
    return f"{marker} " if numbered else "- "


def _terms_and_values(node):
    """The shown dt and dd elements of a description list, also those grouped in a
    div (as HTML allows); a list with anything else in it (a nested list) gives a
    stray element, which makes it no list of pairs."""
    for child in node.iter(include_text=False):
        if _hidden(child) or child.tag in _DROP:
            continue
        if child.tag == "div":
            yield from _terms_and_values(child)
        else:
            yield child


# The longest term and value of a description list read as label and value pairs.
_TERM_CHARS = 60
_VALUE_CHARS = 200


def _frames_the_page(rows: list[list[str]]) -> bool:
    """Whether a table lays out an old-style page rather than holding data: a cell holds
    the running text, many lines of it, and at most one row has cells side by side
    (the menu column beside the text; a banner and a footer span both). A data table
    has rows of columns, and its cells hold a few lines at most."""
    side_by_side = sum(1 for cells in rows if len(cells) - cells.count("") >= 2)
    return side_by_side <= 1 and any(
        cell.count("\n") >= _PAGE_CELL_LINES - 1 for cells in rows for cell in cells)


def _only_links(node) -> bool:
    """Whether all the text of an element is the text of its links, two or more: a
    menu ("Forsiden", "Politikk", "Møteplan"), not a sentence with a link in it."""
    links = node.css("a")
    if len(links) < 2:
        return False
    linked = "".join("".join((link.text(deep=True) or "").split()) for link in links)
    return linked == "".join((node.text(deep=True) or "").split())


# A cell with this many lines or more holds running text (a page's), not a value.
_PAGE_CELL_LINES = 6


def _fill_spanned(cells: list[str], down: dict[int, list], column: int) -> int:
    """Fill the columns from ``column`` on that a cell of a row above spans down into
    (rowspan), as the DOCX and ODT readers fill merged cells; the next free column."""
    while column in down:
        spanned = down[column]
        cells.append(spanned[0])
        spanned[1] -= 1
        if spanned[1] <= 0:
            del down[column]
        column += spanned[2]
    return column


def _nearest_table(node) -> int | None:
    """Identity (mem_id) of the closest enclosing table element of a row."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return None if parent is None else parent.mem_id
