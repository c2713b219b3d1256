#!/usr/bin/env bash
# Makes sure this machine has CUPS print queues that write PDFs, for the print test and
# for trying the kiosk without a thermal printer:
#   TesseraPDF          each job lands as a PDF in the submitting user's ~/PDF (cups-pdf)
#   TesseraPDF-Stopped  the same queue, stopped, as CUPS marks a printer that is out of paper
# Starts cupsd when it is not running (there is no systemd on build machines).
# Exit 0: ready. Exit 77: this machine cannot have them (not root and no running cupsd);
# the print test then says it was skipped and why.
set -euo pipefail

if ! command -v lpadmin >/dev/null || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    echo "pdf-printer: cups and printer-driver-cups-pdf are not installed (scripts/install-deps.sh installs them)" >&2
    exit 77
fi
# lpstat -r exits 0 either way; only its words tell whether the scheduler runs.
scheduler_running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }
if ! scheduler_running; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "pdf-printer: the CUPS scheduler is not running and only root can start it" >&2
        exit 77
    fi
    cupsd
    for _ in $(seq 50); do scheduler_running && break; sleep 0.1; done
    if ! scheduler_running; then
        echo "pdf-printer: started cupsd but it does not answer (see /var/log/cups/error_log)" >&2
        exit 1
    fi
fi
ppd=lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
add_queue() { # name, enable?
    lpstat -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "pdf-printer: queue $1 is missing and only root can add it" >&2
        exit 77
    fi
    # "Printer drivers are deprecated" is CUPS 2.4 talking about the future; the PPD works.
    lpadmin -p "$1" -v cups-pdf:/ -m "$ppd" "${@:2}" 2>&1 | grep -v "deprecated" || true
}
add_queue TesseraPDF -E
add_queue TesseraPDF-Stopped
# CUPS turns the kiosk's PDF into PostScript for cups-pdf. The default converter loses the
# text's Unicode (the PDF then reads as gibberish); pdftocairo keeps it.
if [ "$(id -u)" -eq 0 ]; then
    lpadmin -p TesseraPDF -o pdftops-renderer-default=pdftocairo
fi
cupsaccept TesseraPDF TesseraPDF-Stopped 2>/dev/null || true
cupsenable TesseraPDF 2>/dev/null || true
cupsdisable -r "out of paper (Tessera test queue)" TesseraPDF-Stopped 2>/dev/null || true
echo "pdf-printer: TesseraPDF writes PDFs to ~/PDF; TesseraPDF-Stopped is stopped"
