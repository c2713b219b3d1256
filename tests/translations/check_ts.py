#!/usr/bin/env python3
"""Every shipped translation is complete: run lupdate over the sources into copies of the .ts
files (so a tr() string added to the code but not yet to the .ts counts as missing), then fail,
naming each one, on any message that is unfinished or empty in any language, or whose
placeholders (%1, %L1, %10, and %n in plurals) differ from its source's.

    check_ts.py LUPDATE SOURCE_DIR"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = ('en', 'zh_CN', 'zh_TW', 'lv', 'cy')
PLACEHOLDER = re.compile(r'%(L?\d+|n)')  # %1, %L1, %10 and %n


def placeholders(text, numerus):
    found = sorted(PLACEHOLDER.findall(text or ''))
    # A plural form may leave out %n where the language says "one page" without the number.
    return [p for p in found if p != 'n'] if numerus else found


def problems(path):
    tree = ET.parse(path)
    for context in tree.getroot().iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            source = message.find('source').text
            translation = message.find('translation')
            numerus = message.get('numerus') == 'yes'
            texts = [form.text for form in translation.findall('numerusform')] if numerus else [translation.text]
            where = f'{path.name}: [{name}] {source!r}'
            if translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                yield f'{where}: {translation.get("type")}'
            elif not texts or any(not text for text in texts):
                yield f'{where}: empty'
            else:
                for text in texts:
                    if placeholders(text, numerus) != placeholders(source, numerus):
                        yield f'{where}: placeholders differ in {text!r}'


def main():
    lupdate, source_dir = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for language in LANGUAGES:
            copy = Path(work) / f'tessera_{language}.ts'
            shutil.copy(source_dir / 'translations' / copy.name, copy)
            copies.append(copy)
        subprocess.run([lupdate, '-silent', '-extensions', 'cpp,h', '-no-obsolete', '-locations', 'none', '-disable-heuristic', 'sametext',
                        '-disable-heuristic', 'similartext', str(source_dir / 'libqueue'), str(source_dir / 'apps'),
                        '-ts', *map(str, copies)], check=True)
        found = [problem for copy in copies for problem in problems(copy)]
    for problem in found:
        print(problem)
    if found:
        print(f'{len(found)} messages are not translated right. Add them to the tables under translations/, '
              'run the update_translations target, translations/fill.py, and update_translations again.')
        return 1
    print(f'all messages translated in {", ".join(LANGUAGES)}')
    return 0


sys.exit(main())
