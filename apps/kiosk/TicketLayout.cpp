#include "TicketLayout.h"

#include "QrCode.h"
#include "web/TicketLinks.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QUrlQuery>
#include <cmath>

namespace tessera::kiosk {

namespace {

constexpr double kMarginMm = 3;
constexpr double kFooterMm = 4;
constexpr double kQrModuleMm = 0.5; // cheap thermal heads resolve 8 dots/mm; 4 dots a module scans well

struct Line
{
    QString text;
    double heightMm;
    bool bold;
};

QList<Line> linesOf(const TicketPaper &paper, double widthMm)
{
    const double scale = widthMm / 80.0; // 58 mm paper gets the same ticket, smaller
    return {{paper.branch, 5 * scale, true},    {paper.label, 22 * scale, true},   {paper.service, 6 * scale, true},
            {paper.issuedAt, 4 * scale, false}, {paper.ahead, 4.5 * scale, false}, {paper.wait, 4.5 * scale, false}};
}

} // namespace

TicketPaper TicketPaper::of(const TicketIssued &ticket, const KioskContext &context, TimestampMs now,
                            const QString &footer)
{
    TicketPaper paper;
    paper.branch = context.text(context.config().branchName);
    paper.label = ticket.label;
    paper.service = context.serviceName(ticket.service);
    paper.issuedAt = context.locale().toString(context.config().toLocal(now), QLocale::ShortFormat);
    paper.ahead = tr("People ahead of you: %1").arg(ticket.peopleAhead);
    paper.wait = context.ticketWaitText(ticket);
    paper.qrText = qrTextFor(context.config(), context.client.settings().key, context.state().businessDay(), ticket);
    paper.footer = footer;
    return paper;
}

QString TicketPaper::qrTextFor(const BranchConfig &config, const BranchKey &key, const QDate &businessDay,
                               const TicketIssued &ticket)
{
    if (const QString page = pageUrlFor(config, key, businessDay, ticket); !page.isEmpty())
        return page;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("branch"), config.branchId);
    query.addQueryItem(QStringLiteral("day"), businessDay.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("label"), ticket.label);
    query.addQueryItem(QStringLiteral("id"), QString::number(ticket.ticket));
    return QStringLiteral("tessera:ticket?") + query.toString(QUrl::FullyEncoded);
}

QString TicketPaper::pageUrlFor(const BranchConfig &config, const BranchKey &key, const QDate &businessDay,
                                const TicketIssued &ticket)
{
    // Made here: the link is signed with a key derived from the branch key, so the server need
    // not be asked, and a kiosk that lost its connection still prints it.
    if (config.web.publicUrl.isEmpty())
        return {};
    return TicketLinks::pageUrl(config.web.publicUrl,
                                TicketLinks(key, config.branchId).tokenFor(ticket.ticket, businessDay));
}

TicketLayout::TicketLayout(TicketPaper paper, double widthMm) : m_paper(std::move(paper)), m_widthMm(widthMm) {}

QSizeF TicketLayout::sizeMm() const
{
    double height = 2 * kMarginMm;
    for (const Line &line : linesOf(m_paper, m_widthMm))
        height += line.heightMm * 1.5;
    height += m_widthMm * 0.45 + 4; // the QR code and the space round it
    height += kFooterMm * 1.5 * footerLines();
    return {m_widthMm, height};
}

// How many lines the footer wraps to (at most three): paper is not wasted on empty lines.
int TicketLayout::footerLines() const
{
    if (m_paper.footer.isEmpty())
        return 0;
    constexpr double pixelsPerMm = 10; // any scale: the ratio of text to paper is what counts
    QFont font;
    font.setPixelSize(int(kFooterMm * pixelsPerMm));
    const double textWidth = QFontMetricsF(font).horizontalAdvance(m_paper.footer);
    const double paperWidth = (m_widthMm - 2 * kMarginMm) * pixelsPerMm;
    return qBound(1, int(std::ceil(textWidth * 1.1 / paperWidth)), 3); // 10 %: word wrap breaks early
}

void TicketLayout::paint(QPainter &painter, double pixelsPerMm) const
{
    painter.save();
    painter.setPen(Qt::black);
    // Digits and Latin letters from DejaVu Sans, whatever the language: the number looks the
    // same on every ticket, and its text survives print queues that go through PostScript
    // (which lose the Unicode of Noto CJK's glyphs). Chinese falls back to the language's font.
    QFont base = painter.font();
    QStringList families = base.families();
    families.removeAll(QStringLiteral("DejaVu Sans"));
    families.prepend(QStringLiteral("DejaVu Sans"));
    base.setFamilies(families);
    painter.setFont(base);
    const double width = (m_widthMm - 2 * kMarginMm) * pixelsPerMm;
    double y = kMarginMm * pixelsPerMm;
    const double x = kMarginMm * pixelsPerMm;
    auto text = [&](const QString &content, double heightMm, bool bold, int lines = 1) {
        QFont font = painter.font();
        font.setPixelSize(qMax(1, int(heightMm * pixelsPerMm)));
        font.setBold(bold);
        painter.setFont(font);
        const QRectF box(x, y, width, heightMm * 1.5 * pixelsPerMm * lines);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, content);
        y += box.height();
    };
    for (const Line &line : linesOf(m_paper, m_widthMm))
        text(line.text, line.heightMm, line.bold);

    const QrCode code(m_paper.qrText);
    if (code.isValid()) {
        const double module = qMin(kQrModuleMm, m_widthMm * 0.45 / code.width()) * pixelsPerMm;
        const double left = (m_widthMm * pixelsPerMm - module * code.width()) / 2;
        y += 2 * pixelsPerMm;
        for (int row = 0; row < code.width(); ++row) {
            for (int column = 0; column < code.width(); ++column) {
                if (code.dark(row, column))
                    painter.fillRect(QRectF(left + column * module, y + row * module, module, module), Qt::black);
            }
        }
        y += module * code.width() + 2 * pixelsPerMm;
    }
    if (const int lines = footerLines())
        text(m_paper.footer, kFooterMm, false, lines);
    painter.restore();
}

} // namespace tessera::kiosk
