package io.nianbao.notification.domain;

import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportValidated;
import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import io.nianbao.notification.config.NotificationConfig;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders notices (plain text and HTML, Qute templates under {@code templates/notices/}) and their webhook JSON. */
@ApplicationScoped
public class NoticeComposer {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Engine engine;
    private final NotificationConfig config;

    public NoticeComposer(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** 整改通知 for a failed submission: every error with its fix, warnings apart, the resubmission deadline. */
    public Notice correction(String noticeId, ReportValidated event, Contacts contacts, Instant now) {
        List<FindingLineSource> errors = new ArrayList<>();
        List<FindingLineSource> warnings = new ArrayList<>();
        for (Finding finding : event.findings()) {
            (finding.severity() == Severity.ERROR ? errors : warnings).add(new FindingLineSource(finding));
        }
        LocalDate deadline = now.atZone(config.zone()).toLocalDate().plusDays(config.resubmitDays());
        String title = reportTitle(event, contacts);
        NoticeViews.Correction view = new NoticeViews.Correction(agencyName(event, contacts), title,
                event.fileName(), event.submissionId(), numbered(errors), numbered(warnings),
                CHINESE_DATE.format(deadline), statusUrl(event.submissionId()), noticeId);
        String text = render("correction.txt", view);
        return new Notice(noticeId, NoticeKind.CORRECTION, event.submissionId(), event.agencyId(), event.reportYear(),
                "【整改通知】《" + title + "》未通过审查，请于" + CHINESE_DATE.format(deadline) + "前重新报送",
                text, render("correction.html", view),
                webhookBody(noticeId, NoticeKind.CORRECTION, event, event.findings(), text), now);
    }

    /** A resubmission passed after {@code previousSubmissionId} failed. */
    public Notice resolved(String noticeId, ReportValidated event, String previousSubmissionId, Contacts contacts,
                           Instant now) {
        String title = reportTitle(event, contacts);
        NoticeViews.Resolved view = new NoticeViews.Resolved(agencyName(event, contacts), title, event.fileName(),
                event.submissionId(), previousSubmissionId, statusUrl(event.submissionId()), noticeId);
        String text = render("resolved.txt", view);
        return new Notice(noticeId, NoticeKind.RESOLVED, event.submissionId(), event.agencyId(), event.reportYear(),
                "【审查通过】《" + title + "》已通过审查", text, render("resolved.html", view),
                webhookBody(noticeId, NoticeKind.RESOLVED, event, event.findings(), text), now);
    }

    /** A reminder ({@link NoticeKind#REMINDER}) or an overdue notice ({@link NoticeKind#OVERDUE}). */
    public Notice deadline(String noticeId, NoticeKind kind, Contacts contacts, LocalDate deadline, LocalDate today,
                           Instant now) {
        int reportYear = deadline.getYear() - 1;
        long days = Math.abs(ChronoUnit.DAYS.between(today, deadline));
        NoticeViews.Deadline view = new NoticeViews.Deadline(contacts.displayName(), reportYear,
                CHINESE_DATE.format(deadline), days, noticeId);
        String template = kind == NoticeKind.OVERDUE ? "overdue" : "reminder";
        String text = render(template + ".txt", view);
        String subject = kind == NoticeKind.OVERDUE
                ? "【逾期提醒】" + reportYear + "年政府信息公开工作年度报告已超过报送期限（" + CHINESE_DATE.format(deadline) + "）"
                : "【报送提醒】请于" + CHINESE_DATE.format(deadline) + "前报送" + reportYear + "年政府信息公开工作年度报告";
        String json = EventCodec.encode(new WebhookPayload(noticeId, kind.key(), null, contacts.agencyId(), null,
                reportYear, List.of(), text));
        return new Notice(noticeId, kind, null, contacts.agencyId(), reportYear, subject, text,
                render(template + ".html", view), json, now);
    }

    private String render(String name, Object view) {
        Template template = engine.getTemplate("notices/" + name);
        if (template == null) {
            throw new IllegalStateException("notice template notices/" + name + " is missing");
        }
        return template.data("v", view).render();
    }

    private String webhookBody(String noticeId, NoticeKind kind, ReportValidated event, List<Finding> findings,
                               String text) {
        return EventCodec.encode(new WebhookPayload(noticeId, kind.key(), event.submissionId(), event.agencyId(),
                event.verdict() == null ? null : event.verdict().name(), event.reportYear(), findings, text));
    }

    private String statusUrl(String submissionId) {
        String base = config.publicUrl().endsWith("/")
                ? config.publicUrl().substring(0, config.publicUrl().length() - 1) : config.publicUrl();
        return base + "/api/submissions/" + submissionId;
    }

    private static String agencyName(ReportValidated event, Contacts contacts) {
        if (contacts != null) {
            return contacts.displayName();
        }
        return event.reportAgency() == null || event.reportAgency().isBlank() ? event.agencyId() : event.reportAgency();
    }

    private static String reportTitle(ReportValidated event, Contacts contacts) {
        String agency = event.reportAgency() != null && !event.reportAgency().isBlank() ? event.reportAgency()
                : contacts != null ? contacts.displayName() : "";
        String year = event.reportYear() == null ? "" : event.reportYear() + "年";
        return agency + year + "政府信息公开工作年度报告";
    }

    private static List<NoticeViews.FindingLine> numbered(List<FindingLineSource> findings) {
        List<NoticeViews.FindingLine> lines = new ArrayList<>();
        for (FindingLineSource source : findings) {
            lines.add(source.line(lines.size() + 1));
        }
        return lines;
    }

    /** A finding about to become a numbered line. */
    private record FindingLineSource(Finding finding) {

        NoticeViews.FindingLine line(int number) {
            RuleGuide.Entry guide = RuleGuide.of(finding.rule());
            return new NoticeViews.FindingLine(number, finding.rule(), guide.title(), finding.message(),
                    values(finding), guide.fix());
        }

        private static String values(Finding finding) {
            if (finding.expected() == null && finding.actual() == null) {
                return null;
            }
            return "应为：" + shown(finding.expected()) + "；实为：" + shown(finding.actual());
        }

        private static String shown(Object value) {
            String s = Objects.toString(value, "").strip();
            return s.isEmpty() ? "（空）" : s;
        }
    }
}
