#pragma once

#include <QSaveFile>
#include <QStringList>

namespace tessera {

// A CSV table as RFC 4180 has it (comma, CRLF, quotes doubled), built row by row: the
// report's and the staffing plan's tables for analysts.
class CsvTable
{
public:
    explicit CsvTable(const QStringList &header) { row(header); }

    static QString field(const QString &text)
    {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
            !text.contains(QLatin1Char('\r')))
            return text;
        return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    }
    // Words a customer typed: a cell starting with = + - @ (or a tab or CR) is run as a formula
    // by spreadsheets, so it gets a leading apostrophe, which they show as text (OWASP's advice).
    static QString typedText(const QString &text)
    {
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
    }
    void row(const QStringList &cells)
    {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell);
        m_text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    QString text() const { return m_text; }

    // Writes `text` to `path` whole or not at all; the error text (the file's) when it fails.
    static QString save(const QString &path, const QString &text)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return file.errorString().isEmpty() ? QStringLiteral("write failed") : file.errorString();
        return {};
    }

private:
    QString m_text;
};

} // namespace tessera
