#include "ReportFormat.h"

#include <QTimeZone>
#include <cmath>

namespace tessera::report {

QString ReportFormat::duration(qint64 ms, int samples) const
{
    if (samples == 0)
        return QStringLiteral("–");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ReportFormat::hoursMinutes(qint64 ms) const
{
    const qint64 minutes = (ms + 30000) / 60000;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ReportFormat::percent(qint64 part, qint64 whole) const
{
    return whole > 0 ? share(double(part) / double(whole)) : QStringLiteral("–");
}

QString ReportFormat::share(double fraction) const
{
    if (fraction < 0)
        return QStringLiteral("–");
    // Rounded down: 99.6 % within target is not "100 %".
    return m_locale.toString(std::floor(100.0 * fraction + 1e-9), 'f', 0) + m_locale.percent();
}

QString ReportFormat::serviceName(const ServiceFigures &service) const
{
    return service.prefix.isEmpty() ? service.name : QStringLiteral("%1 (%2)").arg(service.name, service.prefix);
}

QString ReportFormat::serviceName(const DailyReport &report, const QString &id) const
{
    for (const ServiceFigures &service : report.services)
        if (service.service == id)
            return serviceName(service);
    return id;
}

QString ReportFormat::clockTime(const DailyReport &report, TimestampMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone(report.timeZone.toUtf8())).toString(QStringLiteral("HH:mm"));
}

QString ReportFormat::rating(const Satisfaction &satisfaction) const
{
    return satisfaction.ratings ? m_locale.toString(satisfaction.average(), 'f', 1) : QStringLiteral("–");
}

QString ReportFormat::ratingWithCount(const Satisfaction &satisfaction) const
{
    return satisfaction.ratings ? QStringLiteral("%1 (%2)").arg(rating(satisfaction), number(satisfaction.ratings))
                                : QStringLiteral("–");
}

QString ReportFormat::isoMinutes(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// DejaVu Sans first in every language, then WenQuanYi Zen Hei for Chinese characters. Qt's
// PDF names each glyph's text by the lowest code point the font maps to it: digits drawn from
// Noto CJK lose theirs, and Noto's ideographs that share a glyph with a radical (行, 长) come
// out as the radical (⾏, ⻓), so the PDF would not search or copy right. Zen Hei keeps them
// apart. Noto Sans CJK stays as the fallback for anything else.
QStringList ReportFormat::fontFamilies(const QLocale &locale)
{
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript;
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Zen Hei"),
            traditional ? QStringLiteral("Noto Sans CJK TC") : QStringLiteral("Noto Sans CJK SC")};
}

} // namespace tessera::report
