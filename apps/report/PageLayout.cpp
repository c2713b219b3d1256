#include "PageLayout.h"

#include <QFontMetricsF>

namespace tessera::report {

namespace {

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x5b, 0x67, 0x78);
const QColor kRule(0xc8, 0xcf, 0xd8);
const QColor kShade(0xf1, 0xf4, 0xf8);

constexpr double kMarginMm = 16;
constexpr double kHeaderMm = 12;
constexpr double kFooterMm = 10;
constexpr double kCellPaddingMm = 1.2;

} // namespace

PageLayout::PageLayout(QPagedPaintDevice *device, QPainter *painter, Decoration decoration, int totalPages)
    : m_device(device), m_painter(painter), m_decoration(std::move(decoration)), m_totalPages(totalPages)
{
    const double width = device->width();
    const double height = device->height();
    // The device's own margins are already outside width() and height(); ours come on top.
    m_body = QRectF(mm(kMarginMm), mm(kMarginMm + kHeaderMm), width - 2 * mm(kMarginMm),
                    height - mm(2 * kMarginMm + kHeaderMm + kFooterMm));
    m_page = 1;
    m_y = m_body.top();
    decorate();
}

int PageLayout::paint(QPagedPaintDevice *device, const Decoration &decoration,
                      const std::function<void(PageLayout &)> &content)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    PageLayout dryRun(device, nullptr, decoration, 0);
    content(dryRun);
    const int pages = dryRun.pages();
    QPainter painter;
    if (!painter.begin(device))
        return -1;
    PageLayout layout(device, &painter, decoration, pages);
    content(layout);
    return painter.end() ? pages : -2;
}

double PageLayout::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PageLayout::font(double pointSize, bool bold) const
{
    QFont font;
    font.setFamilies(m_decoration.fontFamilies);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

double PageLayout::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageLayout::ensureRoom(double height)
{
    if (m_y + height <= m_body.bottom() || m_y == m_body.top())
        return;
    startPage();
}

void PageLayout::startPage()
{
    if (m_painter)
        m_device->newPage();
    m_page += 1;
    m_y = m_body.top();
    decorate();
}

void PageLayout::decorate()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const double left = m_body.left();
    const double right = m_body.right();
    const QRectF header(left, mm(kMarginMm), m_body.width(), mm(kHeaderMm - 4));
    p.setPen(kMuted);
    p.setFont(font(8.5, true));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.headerLeft);
    p.setFont(font(8.5));
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_decoration.headerRight);
    p.setPen(QPen(kRule, mm(0.3)));
    p.drawLine(QPointF(left, header.bottom() + mm(1.5)), QPointF(right, header.bottom() + mm(1.5)));

    const QRectF footer(left, m_body.bottom() + mm(4), m_body.width(), mm(kFooterMm - 4));
    p.drawLine(QPointF(left, footer.top() - mm(1)), QPointF(right, footer.top() - mm(1)));
    p.setPen(kMuted);
    p.setFont(font(7.5));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.footerLeft);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_decoration.pageOf.arg(m_page).arg(m_totalPages));
}

void PageLayout::title(const QString &text, const QString &subtitle)
{
    const QFont big = font(18, true);
    const QFont small = font(9.5);
    const double height = textHeight(text, big, m_body.width()) + textHeight(subtitle, small, m_body.width());
    ensureRoom(height);
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(big);
        const double titleHeight = textHeight(text, big, m_body.width());
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), titleHeight), Qt::TextWordWrap, text);
        m_painter->setPen(kMuted);
        m_painter->setFont(small);
        m_painter->drawText(QRectF(m_body.left(), m_y + titleHeight, m_body.width(), height - titleHeight),
                            Qt::TextWordWrap, subtitle);
    }
    m_y += height + mm(4);
}

void PageLayout::heading(const QString &text)
{
    const QFont bold = font(11.5, true);
    const double height = textHeight(text, bold, m_body.width());
    // Keep a heading with at least a little of what follows it.
    ensureRoom(height + mm(25));
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(bold);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), height), Qt::TextWordWrap, text);
    }
    m_y += height + mm(1.5);
}

void PageLayout::paragraph(const QString &text, double pointSize)
{
    const QFont body = font(pointSize);
    const double height = textHeight(text, body, m_body.width());
    ensureRoom(height);
    if (m_painter) {
        m_painter->setPen(kInk);
        m_painter->setFont(body);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), height), Qt::TextWordWrap, text);
    }
    m_y += height + mm(1.5);
}

void PageLayout::keyFigures(const QList<std::pair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    const QFont label = font(7.5);
    const QFont value = font(15, true);
    const double width = m_body.width() / figures.size();
    double labelHeight = 0;
    for (const auto &[text, number] : figures)
        labelHeight = qMax(labelHeight, textHeight(text, label, width - mm(2)));
    const double valueHeight = textHeight(QStringLiteral("0"), value, width);
    const double height = labelHeight + valueHeight + mm(3);
    ensureRoom(height);
    if (m_painter) {
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), kShade);
        for (int i = 0; i < figures.size(); ++i) {
            const QRectF cell(m_body.left() + i * width + mm(1.5), m_y + mm(1.5), width - mm(3), height - mm(3));
            m_painter->setPen(kMuted);
            m_painter->setFont(label);
            m_painter->drawText(QRectF(cell.left(), cell.top(), cell.width(), labelHeight), Qt::TextWordWrap,
                                figures[i].first);
            m_painter->setPen(kInk);
            m_painter->setFont(value);
            m_painter->drawText(QRectF(cell.left(), cell.top() + labelHeight, cell.width(), valueHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, figures[i].second);
        }
    }
    m_y += height + mm(4);
}

void PageLayout::table(const PrintTable &table)
{
    const int columns = int(table.header.size());
    QList<double> weights = table.widths;
    if (weights.size() != columns)
        weights = QList<double>(columns, 1.0);
    double sum = 0;
    for (double weight : weights)
        sum += weight;
    QList<double> widths;
    for (double weight : weights)
        widths << m_body.width() * weight / sum;

    auto rowHeight = [&](const QStringList &cells, bool bold) {
        const QFont cellFont = font(8, bold);
        double height = 0;
        for (int c = 0; c < columns && c < cells.size(); ++c)
            height = qMax(height, textHeight(cells[c], cellFont, widths[c] - 2 * mm(kCellPaddingMm)));
        return height + 2 * mm(kCellPaddingMm);
    };
    const double headerHeight = rowHeight(table.header, true);
    ensureRoom(headerHeight + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.first(), false)));
    drawRow(table, table.header, widths, headerHeight, true, true, false);
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.emphasiseLast && r == table.rows.size() - 1;
        const double height = rowHeight(table.rows[r], bold);
        if (m_y + height > m_body.bottom()) {
            startPage();
            drawRow(table, table.header, widths, headerHeight, true, true, false);
        }
        drawRow(table, table.rows[r], widths, height, false, bold, r % 2 == 1);
    }
    m_y += mm(4);
}

void PageLayout::drawRow(const PrintTable &table, const QStringList &cells, const QList<double> &widths, double height,
                         bool header, bool bold, bool shaded)
{
    if (m_painter) {
        QPainter &p = *m_painter;
        const QRectF row(m_body.left(), m_y, m_body.width(), height);
        if (shaded)
            p.fillRect(row, kShade);
        p.setFont(font(8, bold));
        p.setPen(header ? kMuted : kInk);
        double x = m_body.left();
        for (int c = 0; c < widths.size() && c < cells.size(); ++c) {
            const QRectF cell =
                QRectF(x, m_y, widths[c], height)
                    .adjusted(mm(kCellPaddingMm), mm(kCellPaddingMm), -mm(kCellPaddingMm), -mm(kCellPaddingMm));
            const bool text = c < table.textColumns || c >= widths.size() - table.trailingTextColumns;
            const Qt::Alignment align = text ? Qt::AlignLeft : Qt::AlignRight;
            p.drawText(cell, int(align | Qt::AlignVCenter | Qt::TextWordWrap), cells[c]);
            x += widths[c];
        }
        p.setPen(QPen(header ? kMuted : kRule, mm(header ? 0.3 : 0.15)));
        p.drawLine(row.bottomLeft(), row.bottomRight());
    }
    m_y += height;
}

void PageLayout::figure(double heightMm, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    const double height = mm(heightMm);
    ensureRoom(height);
    if (m_painter) {
        m_painter->save();
        paint(m_painter, QRectF(m_body.left(), m_y, m_body.width(), height));
        m_painter->restore();
    }
    m_y += height + mm(4);
}

} // namespace tessera::report
