#!/usr/bin/env python3
"""Fills the hand-translated strings into translations/tessera_<lang>.ts.

Four parts of Tessera are translated here by hand, one table per language, keyed by the English
source: the kiosk's customer texts (kiosk/phrases.py), the teller workstation's texts
(teller/phrases.py), the lobby display's own words (display/phrases.py) and the printed daily
report (report/phrases.py). Each table fills
only its own contexts. Run after `update_translations`
(which adds new source strings as unfinished), then run `update_translations` again to tidy the
XML; strings not in a table stay unfinished. For a %n (numerus) message a string fills every
plural form; a tuple gives the forms in Qt's order for the language."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ left in translations/

from kiosk.phrases import PHRASES as KIOSK_PHRASES
from teller.phrases import PHRASES as TELLER_PHRASES
from display.phrases import PHRASES as DISPLAY_PHRASES
from report.phrases import PHRASES as REPORT_PHRASES

KIOSK_CONTEXTS = ('KioskContext', 'TicketPaper')


def is_kiosk(context):
    return context in KIOSK_CONTEXTS or context.startswith('tessera::kiosk::')


def is_teller(context):
    return context.startswith('tessera::teller::')


def is_display(context):
    return context == 'tessera::display::DisplayWindow'


def is_report(context):
    return context.startswith('tessera::report::')


# (what the table is, its phrases by language, which contexts it fills)
PARTS = (('kiosk', KIOSK_PHRASES, is_kiosk), ('teller', TELLER_PHRASES, is_teller),
         ('display', DISPLAY_PHRASES, is_display), ('report', REPORT_PHRASES, is_report))
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


languages = list(dict.fromkeys(language for _, phrases, _ in PARTS for language in phrases))
for language in languages:
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
    # lupdate guesses translations for unfinished strings from look-alikes elsewhere ("Counter %1"
    # from the teller's "Counter"), and lrelease ships them: an unfinished string stays empty.
    cleared = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation.get('type') == 'unfinished' and message.get('numerus') != 'yes' and translation.text:
            translation.text = None
            cleared += 1
    counts.append(f'{cleared} guesses cleared')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path.name}: {", ".join(counts)}', file=sys.stderr)
