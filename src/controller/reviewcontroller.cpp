#include "controller/reviewcontroller.h"

#include "controller/session.h"
#include "iru/iruclient.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace odt {

namespace {

std::optional<ReviewItem::Kind> kindFor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return ReviewItem::Kind::Blocker;
    case CheckStatus::Error:
        return ReviewItem::Kind::CouldNotCheck;
    case CheckStatus::Warn:
        return ReviewItem::Kind::Warning;
    case CheckStatus::Pass:
    case CheckStatus::Skipped:
        break;
    }
    return std::nullopt;
}

bool worse(CheckStatus a, CheckStatus b)
{
    return a != b && worstStatus({ a, b }) == a;
}

bool awaitsConfirmation(const CheckResult &check, Confidence confidence)
{
    return confidence == Confidence::Inferred && !check.confirmationPrompt.isEmpty();
}

int order(ReviewItem::Kind kind)
{
    switch (kind) {
    case ReviewItem::Kind::Blocker:
        return 0;
    case ReviewItem::Kind::CouldNotCheck:
        return 1;
    case ReviewItem::Kind::Warning:
        return 2;
    }
    return 2;
}

} // namespace

ReviewController::ReviewController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void ReviewController::refresh()
{
    const auto itemFor = [this](const CheckResult &check, ReviewItem::Kind kind, CheckStatus status,
                                Confidence confidence) {
        ReviewItem item;
        item.kind = kind;
        item.checkId = check.id;
        item.status = status;
        item.confidence = confidence;
        item.title = check.title;
        item.detail = check.detail;
        item.remediation = check.remediation;
        item.link = check.link;
        item.evidence = check.evidence;
        item.key = acknowledgementKey(check.id);
        if (kind == ReviewItem::Kind::CouldNotCheck) {
            const QString rerun = tr("Then run the check again (go Back to the step that ran it): "
                                     "until it runs, nobody knows whether this prerequisite "
                                     "holds.");
            item.remediation
                = item.remediation.isEmpty() ? rerun : QString(item.remediation + u' ' + rerun);
        }
        if (kind == ReviewItem::Kind::Warning && awaitsConfirmation(check, confidence)) {
            item.notVerified = true;
            item.confirmationPrompt = check.confirmationPrompt;
            item.title = tr("Not verified: %1").arg(check.title);
            if (item.remediation.isEmpty())
                item.remediation = tr("No API can settle this. Check it yourself, and go on only "
                                      "if this is true: “%1”")
                                       .arg(check.confirmationPrompt);
        }
        return item;
    };

    QList<ReviewItem> items;
    for (const CheckResult &check : m_session->report().checks()) {
        CheckStatus worstFinding = CheckStatus::Skipped;
        bool findingItems = false;
        for (const Finding &finding : check.findings) {
            worstFinding = worstStatus({ worstFinding, finding.status });
            const auto kind = kindFor(finding.status);
            if (!kind)
                continue;
            ReviewItem item = itemFor(check, *kind, finding.status, finding.confidence);
            item.subjectId = finding.subjectId;
            item.subject = finding.subject.isEmpty() ? finding.subjectId : finding.subject;
            item.platforms = finding.platforms;
            if (!finding.detail.isEmpty())
                item.detail = finding.detail;
            item.key = acknowledgementKey(check.id, finding.subjectId);
            items.append(item);
            findingItems = true;
        }
        // The check's own status speaks for itself only when its findings do not already say as
        // much (no findings, or the check failed in a way no finding shows, e.g. it stopped
        // half-way with an error).
        if (const auto kind = kindFor(check.status);
            kind && (check.findings.isEmpty() || worse(check.status, worstFinding))) {
            items.append(itemFor(check, *kind, check.status, check.confidence));
        } else if (!kind && !findingItems && awaitsConfirmation(check, check.confidence)) {
            // A pass only inferred (no API can prove it) still deserves an explicit look.
            items.append(itemFor(check, ReviewItem::Kind::Warning, check.status, check.confidence));
        }
    }

    // Keys must be unique for acknowledgements to be unambiguous, even if a check reports the
    // same subject twice.
    QHash<QString, int> seen;
    for (ReviewItem &item : items) {
        const int n = seen[item.key]++;
        if (n > 0)
            item.key += QStringLiteral("#%1").arg(n + 1);
    }

    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        return order(a.kind) < order(b.kind);
    });

    QSet<QString> kept;
    for (ReviewItem &item : items) {
        if (item.kind == ReviewItem::Kind::Warning && m_acknowledged.contains(item.key)) {
            item.acknowledged = true;
            kept.insert(item.key);
        }
    }
    m_acknowledged = kept;
    m_items = items;
    Q_EMIT itemsChanged();
    Q_EMIT stateChanged();
}

int ReviewController::count(ReviewItem::Kind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [kind](const ReviewItem &item) { return item.kind == kind; }));
}

int ReviewController::blockerCount() const
{
    return count(ReviewItem::Kind::Blocker);
}

int ReviewController::couldNotCheckCount() const
{
    return count(ReviewItem::Kind::CouldNotCheck);
}

int ReviewController::warningCount() const
{
    return count(ReviewItem::Kind::Warning);
}

int ReviewController::acknowledgedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const ReviewItem &item) { return item.acknowledged; }));
}

void ReviewController::acknowledge(int index, bool acknowledged)
{
    if (index < 0 || index >= m_items.size())
        return;
    ReviewItem &item = m_items[index];
    if (item.blocks() || item.acknowledged == acknowledged)
        return;
    item.acknowledged = acknowledged;
    if (acknowledged)
        m_acknowledged.insert(item.key);
    else
        m_acknowledged.remove(item.key);
    Q_EMIT acknowledgementChanged(index, acknowledged);
    Q_EMIT stateChanged();
}

bool ReviewController::canProceed() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(),
                       [](const ReviewItem &item) { return !item.blocks() && item.acknowledged; });
}

bool ReviewController::isCheckOnly() const
{
    return m_session->mode() == Session::Mode::CheckOnly;
}

ReportContext ReviewController::reportContext() const
{
    ReportContext context;
    context.oktaOrg = m_session->oktaOrg().toString();
    context.iruTenant = m_iruTenant;
    if (context.iruTenant.isEmpty() && m_session->iruClient())
        context.iruTenant = m_session->iruClient()->apiUrl().toString();
    context.generatedAt = QDateTime::currentDateTime();
    context.appVersion = QStringLiteral(ODT_VERSION);
    context.acknowledged = m_acknowledged;
    return context;
}

QString ReviewController::suggestedFileName(const QString &extension) const
{
    const QString host = m_session->oktaOrg().host();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return host.isEmpty() ? QStringLiteral("odt-readiness-%1.%2").arg(stamp, extension)
                          : QStringLiteral("odt-readiness-%1-%2.%3").arg(host, stamp, extension);
}

bool ReviewController::exportJson(const QString &path, QString *error) const
{
    return write(path, m_session->report().toJson(), error);
}

bool ReviewController::exportHtml(const QString &path, QString *error) const
{
    return write(path, reportToHtml(m_session->report(), reportContext()).toUtf8(), error);
}

bool ReviewController::write(const QString &path, const QByteArray &data, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not save the report to %1: %2. Choose another folder (for "
                        "example your Documents folder) and export again.")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty()) {
        if (error)
            *error = tr("Could not save the report: no file name was given. Choose a file and "
                        "export again.");
        return false;
    }
    // QSaveFile writes a temporary file and renames it: an interrupted export never leaves half a
    // report where an earlier, complete one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace odt
