"""The notice (teatis) PDF: what a provider reads in it, in three languages, and that the bytes are reproducible."""

from __future__ import annotations

import hashlib
import io
import re
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from app.services.documents import notice_pdf
from app.services.documents.notice_pdf import TEXTS, format_euros, notice_sha256, render_notice
from app.services.documents.notice_render import LAYOUT, LAYOUTS, render
from app.services.documents.notice_samples import SAMPLES, STANDARD

ESTONIAN_NAME = "Jüri Õunapuu-Šarõgina"
RUSSIAN_NAME = "Ольга Смирнова"

MINOR = replace(
    STANDARD,
    client_name="Mari-Liis Žukova",
    client_id_code="61101010001",
    service="counselling",
    limit_category="sexually_abused_minor",
    limit_amount=None,
    end_date=date(2029, 1, 1),
)
TRAFFICKING = replace(STANDARD, limit_category="trafficking", limit_amount=None, service="support_group")


def read(pdf: bytes, password: str | None = None) -> tuple[str, int]:
    """The page text with runs of whitespace made single spaces (line breaks fall where the layout puts them)."""
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


@pytest.mark.parametrize(
    ("name", "id_field"),
    [(ESTONIAN_NAME, "Isikukood: 38001085718"), (RUSSIAN_NAME, "Sünniaeg: 23.07.1991")],
)
def test_estonian_notice_carries_every_field_the_provider_needs(name: str, id_field: str) -> None:
    data = replace(STANDARD, client_name=name)
    if name == RUSSIAN_NAME:
        data = replace(data, client_id_code=None, client_birth_date=date(1991, 7, 23))

    text, pages = read(render_notice(data))

    assert pages == 1
    for expected in (
        "Teatis traumast taastumist toetava vaimse tervise abi osutamiseks",
        "Sotsiaalkindlustusamet",
        "Endla 8, 15092 Tallinn",
        "registrikood 70001975",
        "Number: TT-2026-K7Q-000012",
        "Kuupäev: 15.04.2026",
        # the provider, addressed
        "Psühhoteraapiakeskus Tähe OÜ",
        "Tähe 4, 50103 Tartu",
        "registrikood 12345678",
        "info@tahe.example.ee · +372 730 1234",
        # the client
        f"Nimi: {name}",
        id_field,
        "Telefon: +372 5123 4567",
        "E-post: juri@example.ee",
        "Elukoha omavalitsus: Tartu linn",
        "Juhtumikaardi number: JK-2026-004211",
        # the decision
        "Teenus: psühhoteraapia",
        "Otsuse kuupäev: 14.04.2026",
        "Hüvitise limiit: 946,00 €",
        # the duties
        "jätab vastuvõtule tulemata",
        "ei saa või ei soovi kliendile teenust osutada",
        "ärge esitage teda samas aruandes ilma limiidita",
        "Arvel ei tohi olla isikuandmeid",
        # the counsellor
        "Maarja Kask",
        "Telefon: +372 663 0000",
        "E-post: maarja.kask@sotsiaalkindlustusamet.ee",
        "Allkiri",
    ):
        assert expected in text
    assert "Suunamise lõpptähtaeg" not in text


def test_an_id_code_is_printed_instead_of_the_birth_date() -> None:
    text, _ = read(render_notice(replace(STANDARD, client_birth_date=date(1980, 1, 8))))

    assert "Isikukood: 38001085718" in text
    assert "Sünniaeg" not in text


def test_a_sexually_abused_minor_is_served_until_the_need_ceases_but_not_beyond_coming_of_age() -> None:
    text, pages = read(render_notice(MINOR))

    assert pages == 1
    assert "Nimi: Mari-Liis Žukova" in text
    assert "Teenus: psühholoogiline nõustamine" in text
    assert "Hüvitise limiit: kuni vajaduse äralangemiseni" in text
    assert "Suunamise lõpptähtaeg: 01.01.2029" in text
    assert "mitte kauem kui kliendi täisealiseks saamiseni" in text
    assert "ilma limiidita (kuni vajaduse äralangemiseni): ärge esitage teda samas aruandes limiidiga" in text
    assert "€" not in text


def test_a_trafficking_victim_has_no_limit_and_the_reason_is_not_printed() -> None:
    text, _ = read(render_notice(TRAFFICKING))

    assert "Hüvitise limiit: kuni vajaduse äralangemiseni" in text
    assert "Teenus: tugigrupiteenus" in text
    assert "Suunamise lõpptähtaeg" not in text
    assert "inimkaubandus" not in text.lower()


@pytest.mark.parametrize(
    ("language", "title", "limit"),
    [
        (
            "en",
            "Notice on the provision of mental health aid supporting recovery from trauma",
            "Limit of cover: €946.00",
        ),
        (
            "ru",
            "Уведомление об оказании помощи в области психического здоровья, поддерживающей восстановление после "
            "травмы",
            "Лимит возмещения: 946,00 €",
        ),
    ],
)
def test_english_and_russian_notices_are_translated(language: str, title: str, limit: str) -> None:
    text, pages = read(render_notice(replace(STANDARD, language=language, client_name=RUSSIAN_NAME)))

    assert pages == 1
    assert title in text
    assert limit in text
    assert RUSSIAN_NAME in text
    assert "Teatis traumast" not in text


def test_russian_notice_for_a_minor_states_the_end_date() -> None:
    text, _ = read(render_notice(replace(MINOR, language="ru", client_name=RUSSIAN_NAME)))

    assert "Лимит возмещения: до отпадения необходимости" in text
    assert "Конечный срок направления: 01.01.2029" in text


def test_every_language_has_every_text() -> None:
    assert TEXTS["en"].keys() == TEXTS["et"].keys() == TEXTS["ru"].keys()


def test_the_same_data_gives_the_same_bytes_and_other_data_another_hash() -> None:
    first = render_notice(STANDARD)
    second = render_notice(replace(STANDARD))
    other = render_notice(replace(STANDARD, case_number="JK-2026-004212"))

    assert first == second
    assert notice_sha256(first) == notice_sha256(second) == hashlib.sha256(first).hexdigest()
    assert notice_sha256(other) != notice_sha256(first)
    assert PdfReader(io.BytesIO(other)).trailer["/ID"] != PdfReader(io.BytesIO(first)).trailer["/ID"]


def test_a_password_protected_notice_opens_only_with_the_password() -> None:
    pdf = render_notice(replace(STANDARD, password="Kass-2026-mai"))

    locked = PdfReader(io.BytesIO(pdf))
    assert locked.is_encrypted
    assert not locked.decrypt("wrong password")
    with pytest.raises(FileNotDecryptedError):
        locked.pages[0].extract_text()
    text, _ = read(pdf, password="Kass-2026-mai")
    assert ESTONIAN_NAME in text
    assert "946,00 €" in text


def test_an_encrypted_notice_is_reproducible_too() -> None:
    """RC4's key follows from the password and the document ID, so the bytes (and their hash) repeat."""
    data = replace(STANDARD, password="Kass-2026-mai")

    assert render_notice(data) == render_notice(data)
    assert render_notice(data) != render_notice(replace(data, password="Koer-2026-mai"))


@pytest.mark.parametrize(
    "change",
    [
        {"language": "fi"},
        {"service": "coaching"},
        {"limit_category": "trafficking"},  # still carries the standard amount
        {"limit_category": "sexually_abused_minor", "limit_amount": None},  # no end date
        {"limit_amount": Decimal("0")},
        {"password": ""},
        {"password": "salasõna"},
    ],
)
def test_inconsistent_data_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"."):
        replace(STANDARD, **change)  # type: ignore[arg-type]


def test_euros_are_written_the_way_each_language_writes_them() -> None:
    # no-break spaces: an amount is never split over two lines of the notice
    assert format_euros(Decimal("946"), "et") == "946,00\xa0€"
    assert format_euros(Decimal("1046.505"), "et") == "1\xa0046,51\xa0€"
    assert format_euros(Decimal("1046.5"), "ru") == "1\xa0046,50\xa0€"
    assert format_euros(Decimal("1046.5"), "en") == "€1,046.50"


def test_equal_values_of_other_types_give_the_same_bytes() -> None:
    """The program passes its StrEnum members and amounts as stored; the hash must not depend on that."""

    class Service(StrEnum):
        PSYCHOTHERAPY = "psychotherapy"

    same = replace(STANDARD, service=Service.PSYCHOTHERAPY, limit_amount=Decimal("946.000"))

    assert render_notice(same) == render_notice(STANDARD)


def test_names_with_ampersands_and_angle_brackets_print_as_typed() -> None:
    data = replace(STANDARD, client_name="Anna <Ann> Kask & Co", provider_name="Tähe & Pojad OÜ")

    text, _pages = read(render_notice(data))

    assert "Anna <Ann> Kask & Co" in text
    assert "Tähe & Pojad OÜ" in text


@pytest.mark.parametrize("language", ["et", "en", "ru"])
@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_layouts_shortcuts_change_no_byte_of_the_notice(
    sample: str, language: str, layout: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain text skips reportlab's parser and lines are broken once per width; a decision keeps the hash of its
    first notice, so the bytes must be those reportlab's own parsing and wrapping give."""
    data = replace(SAMPLES[sample], language=language)
    fast = render(data, layout)

    renderer = sys.modules[notice_pdf._Paragraph.__module__]  # the module that lays the notice out
    monkeypatch.setattr(renderer, "_MARKUP", re.compile(r"."))  # every text through the parser
    monkeypatch.setattr(notice_pdf._Paragraph, "wrap", Paragraph.wrap)  # every wrap breaks the lines anew

    assert render(data, layout) == fast


# The SHA-256 of each sample notice as each layout draws it (every sample in every language, with and without a
# password). A decision keeps the hash of its first notice, and making the notice again says "the content changed"
# when neither today's layout nor an earlier one gives that hash (notice_pdf.same_notice): so no layout may move a
# byte once notices are made with it. A change of the drawing, or of reportlab, that moves a byte shows here first;
# the way out is a new layout number, with the earlier layouts kept drawable.
KEPT_HASHES = {
    1: {
        ("en_standard", "et", None): "1e031cdf0c65499e4a46a714d1bac9b3f245b66f52200940cf837cc787910969",
        ("en_standard", "et", "Kass-2026-mai"): "142c62d7b64c62cab7fe47af162b51806266da726639ec60a5a6a30db69e3d7a",
        ("en_standard", "en", None): "8ee130d52b99cbcff205a770661e1d632d81a7f8da89512fc6baf1f39cd2fb28",
        ("en_standard", "en", "Kass-2026-mai"): "40f6b6139cc058eed9ffb4190d445c8b2eefba1415cf46b34a9f0a71863a2cb8",
        ("en_standard", "ru", None): "5ddcd855e647f3b48d83677dfa1deb6c8bd0724764350bd508413c5628166887",
        ("en_standard", "ru", "Kass-2026-mai"): "12bf70c81cd3b05b4990277dc607fa4e0ce324d733c00da4370f0e05c3b65127",
        ("et_minor", "et", None): "58b56eb3d2d7fda484c812834f3ae4eb21b83ad29fdd98bd7449fbddf00c6fb9",
        ("et_minor", "et", "Kass-2026-mai"): "0fa5a703fefa5cbef08f23fabf14455003d0063671a01cc185c67fdc41b1acc1",
        ("et_minor", "en", None): "23889f9e9573e4d8d45f091043dd2c516ebb7ab138c1e6a15d3d12329289c6a0",
        ("et_minor", "en", "Kass-2026-mai"): "6a8d6d3a0be5a6308939ac082995d9cbf657170653b76df64c2dd6ebc3460ccb",
        ("et_minor", "ru", None): "997caa947c86ab4e303f494bd3db70138af89b2b79a540a5c87425005fdbb851",
        ("et_minor", "ru", "Kass-2026-mai"): "c2fef24ee4027336ddc8efd11173a182c8750afd4f579abb0179f678addcb891",
        ("et_standard", "et", None): "9056a99907271d3794bac08a0f8c01a31c29c8c1fe8b2a01cf55f766e8575a0d",
        ("et_standard", "et", "Kass-2026-mai"): "7f7479a12c8e8ca84c72dc917ae20234645a2e5529840ad620287aa025bcfc65",
        ("et_standard", "en", None): "d91153a09f1d054f857a481ff641ec564538be5f8b425710e973fd3edb8ad242",
        ("et_standard", "en", "Kass-2026-mai"): "da8e26292d20293b80d4a0101fb08ab49cc432efe34204fb4cd3eb4753a29bde",
        ("et_standard", "ru", None): "85d9369346f0612a9284b002981cf8ba240ba8da38f045a07181107b9fe2a979",
        ("et_standard", "ru", "Kass-2026-mai"): "37a61315cc1af4fb06187b871c8a07f5576ca4914ab11e01e4b820f5ff68f1ad",
        ("ru_trafficking", "et", None): "be473d9b1626ff66ae144764f1115a30d2287924dae21dd953e286cfd9c541f2",
        ("ru_trafficking", "et", "Kass-2026-mai"): "0b9c4f6ebdc00abd6aa383304aa16c13e4312d958a44b6ca8b368b45c8bd722b",
        ("ru_trafficking", "en", None): "b7b1df7f3e0b094b7f1cf0fa3ba9b242b3673847d8992faa431ac9edc209619d",
        ("ru_trafficking", "en", "Kass-2026-mai"): "71b05c4f958c4a3da7dac24ba231a94e3b3c6ead9102d9ed2f50f02e44f7a672",
        ("ru_trafficking", "ru", None): "221c52f3b14315f5f1dceabd7409a631f185fbee670bf41ef1842cb6a6cdb3ef",
        ("ru_trafficking", "ru", "Kass-2026-mai"): "fe6dd6049fe07e42cdcf33f0bd23ff7ab237340ad2161d81ce8221bff8184ead",
    },
    2: {
        ("en_standard", "et", None): "3178f90ae94c53941e0ddda4fac7bf359fff395be8c378365960466e64eee3cc",
        ("en_standard", "et", "Kass-2026-mai"): "4f8ac1aa4d876fbb7013ed4cf3e2e0e1f9523209da32c7bff9ee7e94803c8d18",
        ("en_standard", "en", None): "d6b3dcfa66caccc2cd78189141d030a195da94d4c31d264ac0a1125393afe8b4",
        ("en_standard", "en", "Kass-2026-mai"): "24d93b6e753feb1e45acfd02f92ee7c35335d1031d44fcb367d49c3846e89ab2",
        ("en_standard", "ru", None): "cea94020ed99f15dfe0d5a511745eb3fd4e24c68ffc2ffc3505e19f98d1b221a",
        ("en_standard", "ru", "Kass-2026-mai"): "ce6d5a7e77b79b485bc9a2ce8fab1444a83f20b8a6e4b32d6317abcc587bb00b",
        ("et_minor", "et", None): "39bb683b2fc6bc5b4302ca26cc32f4baa8f6b6fe56a5f69a957a1a7764e7a52c",
        ("et_minor", "et", "Kass-2026-mai"): "747a8d09ec2f53251167d632bdfe8b49599a698b01f897bf95d06cc25d25cf2d",
        ("et_minor", "en", None): "752ff099eee554bd38f5e970828d02a6d6b60972d36991a4f42ffc31d249a8a1",
        ("et_minor", "en", "Kass-2026-mai"): "635b5f4bccf9e40f6974fe3f5d5113dcb732c162f466b1d1ea220285f14b232b",
        ("et_minor", "ru", None): "4a5e0b4d4e6cc94fd4c2ed069bc43d3d019eae0c343ed4903b1882c3bc4f3337",
        ("et_minor", "ru", "Kass-2026-mai"): "4cb2fee0708a8c9b50519bd57e131fbfdd04eac1338181c89ab6309b152e05d2",
        ("et_standard", "et", None): "3859d0ae5a2d4fdf831cc4e64051c0af4b1a415d356c98b5502253dd17838535",
        ("et_standard", "et", "Kass-2026-mai"): "5264d57e67701721ae8aa1a681d023e385391b72437a19535dbdc229b5cd6e23",
        ("et_standard", "en", None): "c0855beb189f670dcf79f046e9032890b83a9f506c7a6a9023824cc479fb3cf9",
        ("et_standard", "en", "Kass-2026-mai"): "deba5a1cb35c6b4122658b9df6722ce3c14f825b36acf73538a1d4201f290aec",
        ("et_standard", "ru", None): "9152bd4e6e651cc94d5ee6dd6e9ca3ebadd7c43cc9ad79a0f6f8e8fa19f6d0c0",
        ("et_standard", "ru", "Kass-2026-mai"): "9150c9e1a3559a0ff08df657cc022b41e2b931a4fcbc112826a6c9886caf4d64",
        ("ru_trafficking", "et", None): "7694a76039b77b93549ff337f74dce7206945bd23a7dea2b17d61ab84876390b",
        ("ru_trafficking", "et", "Kass-2026-mai"): "f010e654e98fb1b6a12ea4fb2ca9272d2ba69be9b2fa63ebed5f3b971b89a471",
        ("ru_trafficking", "en", None): "9de6b0968d453b2a36130fccae1d853e829b1500cd549c32280b347afd2bac6a",
        ("ru_trafficking", "en", "Kass-2026-mai"): "5be638e4a77917cc241e8881b11d39fd1b596f7171010cc2338a70e35bd5735b",
        ("ru_trafficking", "ru", None): "1b3e557219eb48cc75b8cb731f087217ee20e0673b30e9e309f27c6f12529135",
        ("ru_trafficking", "ru", "Kass-2026-mai"): "542093d9a500676962ec09510fbdf683df35f0e72bb2326e8b50020525598900",
    },
}


@pytest.mark.parametrize(
    ("layout", "sample", "language", "password"),
    sorted(((layout, *key) for layout, hashes in KEPT_HASHES.items() for key in hashes), key=str),
)
def test_a_notice_is_drawn_to_the_byte_as_before(layout: int, sample: str, language: str, password: str | None) -> None:
    data = replace(SAMPLES[sample], language=language, password=password)
    assert notice_sha256(render(data, layout)) == KEPT_HASHES[layout][(sample, language, password)]


def test_every_layout_is_kept_drawable() -> None:
    assert set(KEPT_HASHES) == set(LAYOUTS)
    assert render_notice(STANDARD) == render(STANDARD, LAYOUT)


def page_image(pdf: bytes) -> QImage:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.pageCount() == 1
    return document.render(0, QSize(1240, 1754))  # A4 at 150 dpi


@pytest.mark.parametrize("language", ["et", "en", "ru"])
@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_both_layouts_draw_the_same_page(sample: str, language: str, qapp: object) -> None:
    """Layout 2 draws the tables and paragraphs straight: every letter, rule and mark where layout 1 puts it."""
    data = replace(SAMPLES[sample], language=language)
    earlier, now = render(data, 1), render(data, 2)
    assert earlier != now
    assert page_image(now) == page_image(earlier)
