#!/usr/bin/env python3
"""Fills the kiosk's customer-facing strings into translations/tessera_<lang>.ts.

The kiosk speaks to customers in their own language, so its texts are translated here by
hand, one table per language, keyed by the English source. Run after `update_translations`
(which adds new source strings as unfinished); strings not in a table stay unfinished."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from phrases import PHRASES

KIOSK_CONTEXTS = ('KioskContext', 'TicketPaper')
root = Path(__file__).resolve().parents[1]

for language, table in PHRASES.items():
    path = root / f'tessera_{language}.ts'
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter('context'):
        name = context.find('name').text
        if name not in KIOSK_CONTEXTS and not name.startswith('tessera::kiosk::'):
            continue
        for message in context.iter('message'):
            source = message.find('source').text
            if source in table:
                translation = message.find('translation')
                translation.text = table[source]
                translation.attrib.pop('type', None)
                filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path.name}: {filled} kiosk strings', file=sys.stderr)
