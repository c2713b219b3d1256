#pragma once

#include "report/DailyReport.h"

#include <QDateTime>
#include <QLocale>

namespace tessera::report {

// How the report's figures read, on paper and on the supervisor's screen alike.
class ReportFormat
{
public:
    explicit ReportFormat(QLocale locale) : m_locale(std::move(locale)) {}

    QString number(qint64 value) const { return m_locale.toString(value); }
    // Minutes and seconds ("8:30"), or hours too once past an hour ("1:05:00"); a dash
    // when there were no samples to average.
    QString duration(qint64 ms, int samples = 1) const;
    QString hoursMinutes(qint64 ms) const; // "17:06"
    QString percent(qint64 part, qint64 whole) const;
    QString share(double fraction) const;                     // a dash for a negative (undefined) share
    QString serviceName(const ServiceFigures &service) const; // "Cash (A)"
    // The service `id` as the report names it; the id itself for one the report has no row for.
    QString serviceName(const DailyReport &report, const QString &id) const;
    // The local clock time of `at` in the report's time zone ("14:05"): when a comment was given.
    static QString clockTime(const DailyReport &report, TimestampMs at);
    // The average of 1-5 ratings to one decimal ("4.3"); a dash when nobody rated.
    QString rating(const Satisfaction &satisfaction) const;
    QString ratingWithCount(const Satisfaction &satisfaction) const; // "4.3 (12)"
    const QLocale &locale() const { return m_locale; }

    // Dates in figures are ISO (2026-11-23 03:00) in every language: "2/8/99" means two
    // different days on either side of the Atlantic, and head office may read it anywhere.
    static QString isoMinutes(const QDateTime &at);
    // The fonts printed documents ask for, in order (see ReportFormat.cpp for why these).
    static QStringList fontFamilies(const QLocale &locale);

private:
    QLocale m_locale;
};

} // namespace tessera::report
