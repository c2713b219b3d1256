#!/usr/bin/env python3
"""Fills the hand-translated strings into translations/tessera_<lang>.ts.

Every string of Tessera is translated here by hand, one table per part and language, keyed by
the English source: the kiosk's customer texts (kiosk/phrases.py), the teller workstation's
(teller/phrases.py), the lobby display's own words (display/phrases.py), the printed daily
report (report/phrases.py), the head office program (headoffice/phrases.py), the customers' web pages (web/phrases.py), and everything else: the server, the library's messages and the
station settings (common/zh.py, common/lv_cy.py). Each table fills only its own contexts.

English is the source language: tessera_en.ts takes each source as its own translation, and
the plural forms of a "(s)" source ("%n page(s)": "%n page", "%n pages").

Run after `update_translations` (which adds new source strings as unfinished), then run
`update_translations` again to tidy the XML. A string in no table stays unfinished, and
tests/translations/check_ts.py then fails, naming it. For a %n (numerus) message a string fills
every plural form; a tuple gives the forms in Qt's order for the language."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ left in translations/

from kiosk.phrases import PHRASES as KIOSK_PHRASES
from teller.phrases import PHRASES as TELLER_PHRASES
from display.phrases import PHRASES as DISPLAY_PHRASES
from report.phrases import PHRASES as REPORT_PHRASES
from headoffice.phrases import PHRASES as HEADOFFICE_PHRASES
from web.phrases import PHRASES as WEB_PHRASES
from common.zh import PHRASES as COMMON_ZH
from common.lv_cy import PHRASES as COMMON_LV_CY

KIOSK_CONTEXTS = ('KioskContext', 'TicketPaper')


def is_kiosk(context):
    return context in KIOSK_CONTEXTS or context.startswith('tessera::kiosk::')


def is_teller(context):
    # DocumentOutput (printing, saving PDFs) is shared with the head office; its words are the teller's.
    return context.startswith('tessera::teller::') or context == 'tessera::DocumentOutput'


def is_display(context):
    return context == 'tessera::display::DisplayWindow'


def is_report(context):
    return context.startswith('tessera::report::')


def is_headoffice(context):
    # The period report is printed by the head office alone; its shared words are the daily report's.
    return context.startswith('tessera::headoffice::') or context in ('tessera::HeadOfficeView',
                                                                       'tessera::report::PeriodDocument')


def is_web(context):
    return context.startswith('tessera::web::')


def is_common(context):
    return not any(belongs(context) for belongs in (is_kiosk, is_teller, is_display, is_report, is_headoffice, is_web))


# (what the table is, its phrases by language, which contexts it fills)
PARTS = (('kiosk', KIOSK_PHRASES, is_kiosk), ('teller', TELLER_PHRASES, is_teller),
         ('display', DISPLAY_PHRASES, is_display), ('report', REPORT_PHRASES, is_report),
         ('headoffice', HEADOFFICE_PHRASES, is_headoffice), ('web', WEB_PHRASES, is_web),
         ('common', {**COMMON_ZH, **COMMON_LV_CY}, is_common))
root = Path(__file__).resolve().parent


def fill(message, text):
    translation = message.find('translation')
    forms = translation.findall('numerusform')
    if message.get('numerus') == 'yes' and forms:
        texts = (text,) if isinstance(text, str) else tuple(text)
        for index, form in enumerate(forms):
            form.text = texts[min(index, len(texts) - 1)]
    else:
        if not isinstance(text, str):
            raise ValueError(f'plural forms given for {message.find("source").text!r}, which has no %n')
        translation.text = text
    translation.attrib.pop('type', None)


def clear_guesses(tree):
    """lupdate guesses translations for unfinished strings from look-alikes elsewhere ("Counter %1"
    from the teller's "Counter"), and lrelease ships them: an unfinished string stays empty."""
    cleared = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation.get('type') == 'unfinished' and message.get('numerus') != 'yes' and translation.text:
            translation.text = None
            cleared += 1
    return cleared


def fill_language(language):
    path = root / f'tessera_{language}.ts'
    tree = ET.parse(path)
    counts = []
    for part, phrases, belongs in PARTS:
        table = phrases.get(language, {})
        filled = 0
        used = set()
        for context in tree.getroot().iter('context'):
            if not belongs(context.find('name').text):
                continue
            for message in context.iter('message'):
                source = message.find('source').text
                if source in table:
                    fill(message, table[source])
                    used.add(source)
                    filled += 1
        counts.append(f'{filled} {part} strings')
        for source in table.keys() - used:
            print(f'{path.name}: {part} phrase not in the sources any more: {source!r}', file=sys.stderr)
    counts.append(f'{clear_guesses(tree)} guesses cleared')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path.name}: {", ".join(counts)}', file=sys.stderr)


def fill_english():
    path = root / 'tessera_en.ts'
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        if message.get('numerus') == 'yes':
            fill(message, (re.sub(r'\((\w+)\)', '', source), re.sub(r'\((\w+)\)', r'\1', source)))
        else:
            fill(message, source)
        filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path.name}: {filled} strings as their own source', file=sys.stderr)


for language in dict.fromkeys(language for _, phrases, _ in PARTS for language in phrases):
    fill_language(language)
fill_english()
