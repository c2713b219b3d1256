#pragma once

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QStringList>
#include <functional>

namespace tessera::report {

// A table as the report prints it: a header row, body rows, and which columns hold
// numbers (right-aligned). `emphasiseLast` sets the last row in bold, for totals.
struct PrintTable
{
    QStringList header{};
    QList<QStringList> rows{};
    QList<double> widths{};      // relative column widths; equal when empty
    int textColumns = 1;         // the first columns hold text (left-aligned), the rest numbers
    int trailingTextColumns = 0; // ... but for these last ones, text again
    bool emphasiseLast = false;
};

// Lays blocks down A4 pages: a running header on every page and "Page n of N" at the
// foot. It runs twice: a dry run (no painter) counts the pages, the second draws them,
// so the footer can say how many there are. Measures in millimetres.
class PageLayout
{
public:
    struct Decoration
    {
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        QString pageOf; // "Page %1 of %2"
        QStringList fontFamilies;
    };

    PageLayout(QPagedPaintDevice *device, QPainter *painter, Decoration decoration, int totalPages);

    // A whole A4 document: a dry run of `content` counts the pages, the second run draws them.
    // The number of pages; -1 when the device cannot be drawn on, -2 when it did not finish.
    static int paint(QPagedPaintDevice *device, const Decoration &decoration,
                     const std::function<void(PageLayout &)> &content);
    int pages() const { return m_page; }

    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    void paragraph(const QString &text, double pointSize = 8.5);
    // Label over value, side by side, for the figures a reader looks at first.
    void keyFigures(const QList<std::pair<QString, QString>> &figures);
    // Splits over pages between rows; the header row repeats on each page.
    void table(const PrintTable &table);
    // A block of fixed height drawn by `paint` into the rectangle given.
    void figure(double heightMm, const std::function<void(QPainter *, const QRectF &)> &paint);
    void space(double mm) { m_y += this->mm(mm); }

    QFont font(double pointSize, bool bold = false) const;
    double mm(double millimetres) const;

private:
    void ensureRoom(double height);
    void startPage();
    void decorate();
    double textHeight(const QString &text, const QFont &font, double width) const;
    void drawRow(const PrintTable &table, const QStringList &cells, const QList<double> &widths, double height,
                 bool header, bool bold, bool shaded);

    QPagedPaintDevice *m_device;
    QPainter *m_painter; // null in the dry run
    Decoration m_decoration;
    int m_totalPages;
    int m_page = 0;
    QRectF m_body; // the printable area below the header and above the footer
    double m_y = 0;
};

} // namespace tessera::report
