#pragma once

// Sample protocol values, shared by the protocol tests and the fuzzer's seed generator.

#include "protocol/MessageCodec.h"

namespace tessera::test {

inline WireEvent sampleWireEvent(Seq seq)
{
    return MessageCodec::toWire(
        Event{seq, 1795349428843 + seq, TicketCalled{7, 4, QStringLiteral("anna"), seq % 2 == 0}});
}

// A small report with every kind of figure set.
// A plan with a forecast and one half hour's advice, every field set, doubles with fractions.
inline StaffingPlan samplePlan()
{
    StaffingPlan plan;
    plan.day = QDate(2026, 11, 30);
    plan.lastWeek = QDate(2026, 11, 23);
    plan.targetShare = 0.8;
    plan.dayStartsMinutes = 180;
    plan.forecast.day = plan.day;
    plan.forecast.arrivals.insert(QStringLiteral("cash"), QList<double>{0.25, 12.5, 3.0});
    plan.forecast.sameWeekdays = 4;
    plan.forecast.shapeDays = 17;
    plan.forecast.closed = true;
    SlotAdvice advice{
        18, 12.5, 181.25, 600, 3, 2, 0.8625, 1.5, {{QStringLiteral("cash"), 2}}, {{QStringLiteral("cash"), 3}}};
    plan.halfHours << advice;
    return plan;
}

inline DailyReport sampleReport()
{
    DailyReport report;
    report.branchId = QStringLiteral("riga-1");
    report.branchName = QStringLiteral("Rīga Centre 中心");
    report.timeZone = QStringLiteral("Europe/Riga");
    report.day = QDate(2026, 11, 23);
    report.dayStart = 1795395600000;
    report.dayEnd = report.dayStart + 86400000;
    report.until = report.dayEnd;
    ServiceFigures cash{QStringLiteral("cash"),
                        QStringLiteral("Cash"),
                        QStringLiteral("A"),
                        600,
                        5,
                        2,
                        1,
                        1,
                        0,
                        1,
                        0,
                        DurationStats{4, 2040000, 390000, 1200000, 1200000},
                        3,
                        DurationStats{2, 840000, 420000, 600000, 600000},
                        Satisfaction{3, 11}};
    report.services = {cash};
    report.total = cash;
    report.counters = {
        StaffFigures{QStringLiteral("1"), QStringLiteral("Counter 1"), 2, 840000, 7500000, 600000, 1020000, {2, 9}}};
    report.tellers = {
        StaffFigures{QStringLiteral("anna"), QStringLiteral("Anna"), 2, 840000, 7500000, 600000, 1020000, {1, 5}}};
    report.hours = {HourFigures{9, 4, 3, 5, 1680000, 3}};
    report.appointments = AppointmentFigures{3, 1, 1, 1};
    report.estimates = EstimateFigures{5, -120000, 600000, 2};
    report.comments = {FeedbackComment{1700000000000, QStringLiteral("A001"), QStringLiteral("cash"), 1,
                                       QStringLiteral("anna"), 4, QStringLiteral("Quick <b>and</b> kind")}};
    return report;
}

// One message of every type, each field set to something other than its default.
inline QList<Message> sampleMessages()
{
    return {
        Hello{3,
              2,
              StationRole::Teller,
              QStringLiteral("teller-4"),
              QStringLiteral("Counter 4 PC"),
              {QStringLiteral("sound"), QStringLiteral("ūdens 水")},
              QStringLiteral("riga-1"),
              QStringLiteral("journal-abc"),
              1234},
        Welcome{2,
                QStringLiteral("server-1"),
                QStringLiteral("riga-1"),
                QStringLiteral("Rīga Centre"),
                {QStringLiteral("appointments")},
                QStringLiteral("journal-abc"),
                5678,
                true,
                5000},
        Reject{wireName(RejectReason::WrongBranch), QStringLiteral("This station belongs to another branch.")},
        Authenticate{QStringLiteral("auth-1"), QStringLiteral("anna"), QStringLiteral("demo-anna"),
                     QStringLiteral("tok")},
        Authenticated{QStringLiteral("auth-1"), QStringLiteral("marta"), TellerRole::Supervisor,
                      QStringLiteral("tok-2"), 1795349428843},
        MessageCodec::request(QStringLiteral("cmd-1"), FinishTicket{4, QStringLiteral("served"), QStringLiteral("n")}),
        CommandReply{QStringLiteral("cmd-1"), true, {}, {}, {sampleWireEvent(41), sampleWireEvent(42)}, true},
        SnapshotPart{5678, 1, 3, QByteArrayLiteral("\x00\xa1\xff snapshot bytes")},
        EventBatch{{sampleWireEvent(1), sampleWireEvent(2), sampleWireEvent(3)}},
        Heartbeat{1795349428843},
        ProtocolError{wireName(ErrorCode::PermissionDenied), QStringLiteral("Kiosks may not call tickets."),
                      QStringLiteral("cmd-9")},
        ReportRequest{QStringLiteral("report-1"), QDate(2026, 11, 23), QStringLiteral("zh_CN")},
        ReportReply{QStringLiteral("report-1"), true, QStringLiteral("-"), sampleReport()},
        PlanRequest{QStringLiteral("plan-1"), QDate(2026, 11, 30)},
        PlanReply{QStringLiteral("plan-1"), true, QStringLiteral("-"), samplePlan()},
    };
}

// One command of every type, each field set to something other than its default.
inline QList<Command> sampleCommands()
{
    return {
        IssueTicket{QStringLiteral("cash"), PriorityClass::Priority, QStringLiteral("elderly")},
        CallNext{1},
        CallTicket{2, QStringLiteral("A017")},
        RecallTicket{3},
        StartService{4},
        FinishTicket{5, QStringLiteral("referred"), QStringLiteral("ūdens 水")},
        MarkNoShow{6},
        TransferTicket{7, QStringLiteral("loans"), 3, QStringLiteral("needs a loan officer"), ArrivalOnTransfer::Reset},
        CancelTicket{QStringLiteral("B002"), QStringLiteral("customer left")},
        OpenCounter{8},
        PauseCounter{9},
        CloseCounter{10},
        LogIn{QStringLiteral("anna"), QStringLiteral("demo-anna"), 11},
        LogOut{12},
        BookAppointment{QStringLiteral("cash"), 1795349400000, QStringLiteral("Ilze"), QStringLiteral("+371 2000")},
        CheckInAppointment{QStringLiteral("123456")},
        CancelAppointment{QStringLiteral("654321"), QStringLiteral("+371 2000")},
        GiveFeedback{7, 5, QStringLiteral("quick and kind")},
        ReportPrintFailure{7, QStringLiteral("out of paper")},
        ChangeConfig{QStringLiteral("{\"branch\":{}}")},
        MoveAppointment{QStringLiteral("654321"), QStringLiteral("+371 2000"), 1795350300000},
    };
}

} // namespace tessera::test
