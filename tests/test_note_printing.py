"""Envelopes and note cards as printed: the PDF is read back with poppler (pdfinfo,
pdftotext -bbox, pdftoppm), as another program would read it."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.envelopes import (
    CARDS,
    ENVELOPES,
    INCH,
    Box,
    address_lines,
    recipient_lines,
)

pytestmark = pytest.mark.gui

POINT = 25.4 / 72  # mm
RETURN = "Sam Rivers\nNorthwind Service Ltd\n1 Quay Street\nBristol BS1 4DJ"
RECIPIENT = recipient_lines("Maria Okafor", "Harbourview Clinics",
                            "12 Harbour Road\nPortsmouth\nPO1 3AA\nUnited Kingdom")
NOTE = ("Dear Maria,\n\nThank you for your time today. As agreed, I will call you on "
        "Tuesday 22 December at 10:00.\n\nWith best wishes,\nSam Rivers")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils is not installed (see .ci/run)")


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return [(float(w) * POINT, float(h) * POINT)
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def words_by_page(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their box in mm from the top-left corner."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = []
        for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>", page):
            words.append((word, float(x0) * POINT, float(y0) * POINT, float(x1) * POINT,
                          float(y1) * POINT))
        pages.append(words)
    return pages


def inside(words, box, slack=0.3):
    return all(box.x - slack <= x0 and x1 <= box.right + slack and box.y - slack <= y0
               and y1 <= box.bottom + slack for _w, x0, y0, x1, y1 in words)


def write(tmp_path: Path, envelope: str, card: str | None = "a6", recipients=None,
          sender: str = RETURN, notes=None) -> Path:
    from desktop_app.views.notes.note_printing import Envelope, write_pdf

    recipients = recipients or [RECIPIENT, recipient_lines("Dana Whitfield", "",
                                                           "88 Pine St\nNew York, NY 10005")]
    path = tmp_path / f"{envelope}.pdf"
    pages = write_pdf(path, envelope_size=ENVELOPES[envelope], return_address=sender,
                      envelopes=[Envelope(tuple(r)) for r in recipients],
                      card_size=CARDS[card] if card else None,
                      cards=(notes or [NOTE] * len(recipients)) if card else [])
    assert pages == len(recipients) * (2 if card else 1)
    return path


@needs_poppler
@pytest.mark.parametrize("key", list(ENVELOPES))
def test_envelope_pages_are_the_paper_size_with_addresses_where_the_post_reads_them(
        qtbot, tmp_path, key):
    size = ENVELOPES[key]
    path = write(tmp_path, key, card="4x6" if key == "us10" else "a6")
    sizes = page_sizes_mm(path)
    card = CARDS["4x6" if key == "us10" else "a6"]
    assert len(sizes) == 4
    for width, height in sizes[:2]:  # long side across, to the millimetre
        assert abs(width - size.width) < 0.5 and abs(height - size.height) < 0.5
    for width, height in sizes[2:]:
        assert abs(width - card.width) < 0.5 and abs(height - card.height) < 0.5

    pages = words_by_page(path)
    first = pages[0]
    sender_words = [w for w in first if w[0] in RETURN.split()]
    recipient_words = [w for w in first if w not in sender_words]
    assert " ".join(w[0] for w in sender_words) == " ".join(RETURN.split())
    assert " ".join(w[0] for w in recipient_words) == " ".join(" ".join(RECIPIENT).split())
    assert inside(sender_words, size.return_box)
    assert inside(recipient_words, size.recipient_box)
    # the sender top left; the recipient clear of the stamp zone, right of centre-left and
    # above the bottom edge as each post office asks
    assert max(w[3] for w in sender_words) < size.width / 2
    assert max(w[4] for w in sender_words) < 45
    top = min(w[2] for w in recipient_words)
    left = min(w[1] for w in recipient_words)
    bottom_gap = size.height - max(w[4] for w in recipient_words)
    right_gap = size.width - max(w[3] for w in recipient_words)
    if key == "us10":  # USPS OCR read area: 5/8" to 2 3/4" above the bottom, 1/2" sides
        assert bottom_gap >= 5 / 8 * INCH and size.height - top <= 2.75 * INCH
        assert right_gap >= 0.5 * INCH and left >= 0.5 * INCH
    else:  # Deutsche Post / Royal Mail: 15 mm clear at the bottom and right, below 40 mm
        assert bottom_gap >= 15 and right_gap >= 15 and top >= 40
    assert left > size.width * 0.4

    second = " ".join(w[0] for w in pages[1])
    assert "Dana Whitfield" in second and "New York, NY 10005" in second
    card_text = " ".join(w[0] for w in pages[2])
    assert card_text.startswith("Dear Maria,") and "Tuesday 22 December at 10:00." in card_text
    for _w, x0, y0, x1, y1 in pages[2]:  # inside the card's margin
        assert x0 >= card.margin - 0.5 and x1 <= card.width - card.margin + 0.5
        assert y0 >= card.margin - 0.5 and y1 <= card.height - card.margin + 0.5


@needs_poppler
def test_a_long_or_tall_address_shrinks_or_is_cut_inside_its_box(qtbot, tmp_path):
    size = ENVELOPES["dl"]
    tall = recipient_lines("Dr. Bartholomew Featherstonehaugh-Worthington",
                           "The Extraordinarily Long Named Holding Company International",
                           "\n".join(f"Line {n} of a very long address" for n in range(1, 9)))
    path = write(tmp_path, "dl", card=None, recipients=[tall],
                 sender="A\nB\nC\nD\nE\nF\nG\nH\nI\nJ\nK")
    words = words_by_page(path)[0]
    recipient = [w for w in words if w[1] > size.width * 0.4]
    sender = [w for w in words if w[1] < size.width * 0.4]
    assert inside(recipient, size.recipient_box) and inside(sender, size.return_box)
    assert "Line 8" in " ".join(w[0] for w in recipient) or len(recipient) > 20


@needs_poppler
@pytest.mark.parametrize("key", list(ENVELOPES))
def test_a_line_too_wide_for_any_size_is_broken_at_spaces_never_cut(qtbot, tmp_path, key):
    """A German company's full legal name is wider than a DL's address window even in the
    smallest print: it goes on over two lines, "mbH & Co. KG" and all, inside the box."""
    size = ENVELOPES[key]
    company = ("Internationale Gesellschaft für Forschung und Entwicklung im Bereich der "
               "Medizintechnik und Labordiagnostik mbH & Co. KG")
    recipient = recipient_lines("Dr. Maximiliane von Hohenzollern", company,
                                "Kaiser-Friedrich-Straße 123\n12345 Berlin\nDeutschland")
    sender = ("Samuel Rivers-Montgomery, Senior Account Executive, Northwind Service "
              "Solutions International Ltd, Unit 12, The Old Brewery Business Centre\n"
              "1 Quay Street\nBristol BS1 4DJ")
    path = write(tmp_path, key, card=None, recipients=[recipient], sender=sender)
    words = words_by_page(path)[0]
    text = html.unescape(" ".join(w[0] for w in words))  # pdftotext -bbox writes &amp;
    assert "…" not in text
    assert " ".join(company.split()) in text and "Senior Account Executive" in text
    assert "Northwind Service Solutions International Ltd" in text
    recipient_words = [w for w in words if w[2] > size.return_box.bottom]
    assert inside(recipient_words, size.recipient_box)
    assert inside([w for w in words if w not in recipient_words], size.return_box)


@needs_poppler
def test_three_envelopes_and_cards_render_with_ink_only_where_it_belongs(qtbot, tmp_path):
    """The rendered pages, as pixels: ink in the return and recipient areas, none in the
    stamp zone (top right, 74 x 40 mm) or along the bottom 15 mm of a DL."""
    from PySide6.QtGui import QImage

    recipients = [RECIPIENT, recipient_lines("Dana Whitfield", "Hudson Dental Group",
                                             "88 Pine St\nSuite 400\nNew York, NY 10005\nUSA"),
                  recipient_lines("Jürgen Weiß", "Müller & Söhne GmbH",
                                  "Königstraße 12\n70173 Stuttgart\nDeutschland")]
    path = write(tmp_path, "dl", recipients=recipients)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")],
                   check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 6
    per_mm = 60 / 25.4
    size = ENVELOPES["dl"]

    def ink(image, x0, y0, x1, y1) -> int:
        count = 0
        for y in range(int(y0 * per_mm), min(image.height(), int(y1 * per_mm))):
            for x in range(int(x0 * per_mm), min(image.width(), int(x1 * per_mm))):
                if image.pixelColor(x, y).lightness() < 128:
                    count += 1
        return count

    for png in pngs[:3]:
        image = QImage(str(png))
        assert abs(image.width() / per_mm - 220) < 1 and abs(image.height() / per_mm - 110) < 1
        box = size.recipient_box
        assert ink(image, box.x, box.y, box.right, box.bottom) > 100
        assert ink(image, size.return_box.x, size.return_box.y, size.return_box.right,
                   size.return_box.bottom) > 50
        assert ink(image, 220 - 74, 0, 220, 40) == 0  # the stamp zone stays clear
        assert ink(image, 0, 110 - 15, 220, 110) == 0
    for png in pngs[3:]:
        image = QImage(str(png))
        assert abs(image.width() / per_mm - 148) < 1 and abs(image.height() / per_mm - 105) < 1
        assert ink(image, 12, 12, 136, 93) > 200
    shutil.copy(pngs[0], tmp_path / "look-envelope.png")


@needs_poppler
@pytest.mark.parametrize("card", list(CARDS))
def test_a_note_with_a_long_link_wraps_inside_the_card(qtbot, tmp_path, card):
    """A word wider than the card (a long booking link) breaks inside itself instead of
    running off the paper, and every character of it is printed."""
    link = "https://calendar.example/book?token=" + "SamRiversNorthwind" * 12 + "end"
    note = f"Dear Maria,\n\nBook the call here: {link}\n\nSam"
    path = write(tmp_path, "dl", card, recipients=[RECIPIENT], notes=[note])
    words = words_by_page(path)[1]
    size = CARDS[card]
    assert inside(words, Box(size.margin, size.margin, size.width - 2 * size.margin,
                             size.height - 2 * size.margin))
    assert "".join(w for w, *_ in words).count("SamRiversNorthwind") == 12


def test_a_note_too_long_for_its_card_prints_nothing_and_says_so(qtbot, tmp_path):
    from desktop_app.views.notes.note_printing import Envelope, NoteTooLong, write_pdf

    long_note = "Dear Maria,\n\n" + " ".join(["Thank you for your time today."] * 400)
    path = tmp_path / "notes.pdf"
    with pytest.raises(NoteTooLong, match=r"“Dear Maria, Thank you for…” does not fit the "
                                          r"A6 card .*no card was printed"):
        write_pdf(path, envelope_size=ENVELOPES["dl"], return_address=RETURN,
                  envelopes=[Envelope(tuple(RECIPIENT))] * 2, card_size=CARDS["a6"],
                  cards=[NOTE, long_note])
    assert not path.exists() or path.stat().st_size == 0
    assert isinstance(NoteTooLong("x"), OSError)  # every print path shows it in words


def test_address_lines_keep_breaks_split_commas_and_drop_blanks():
    assert address_lines("12 High St\r\n\r\n  London   \nW1A 1AA ") == [
        "12 High St", "London", "W1A 1AA"]
    assert address_lines("88 Pine St, New York, NY 10005") == ["88 Pine St", "New York",
                                                              "NY 10005"]
    assert address_lines("  \n ") == []
    assert recipient_lines("Maria Okafor", "Harbourview", "Harbourview\n1 Road\nTown") == [
        "Maria Okafor", "Harbourview", "1 Road", "Town"]


@needs_poppler
def test_a_printer_gets_the_same_exact_pages_in_full_page_mode(qtbot, tmp_path):
    """The printer path (QPrinter, as the print dialog hands it over), printing to a PDF
    file so the result can be read: same paper sizes and positions as the PDF writer."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.views.notes.note_printing import Envelope, page_layout, print_pages

    size = ENVELOPES["us10"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(size.width, size.height))
    assert print_pages(printer, envelope_size=size, return_address=RETURN,
                       envelopes=[Envelope(tuple(RECIPIENT))], card_size=CARDS["4x6"],
                       cards=[NOTE]) == 2
    (env_w, env_h), (card_w, card_h) = page_sizes_mm(tmp_path / "printer.pdf")
    assert abs(env_w - 241.3) < 0.5 and abs(env_h - 104.775) < 0.5
    assert abs(card_w - 152.4) < 0.5 and abs(card_h - 101.6) < 0.5
    words = words_by_page(tmp_path / "printer.pdf")[0]
    sender = [w for w in words if w[0] in RETURN.split()]
    assert inside(sender, size.return_box)
    assert inside([w for w in words if w not in sender], size.recipient_box)
