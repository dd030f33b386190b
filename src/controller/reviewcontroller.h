#pragma once

#include "core/checkresult.h"
#include "core/reporthtml.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace odt {

class Session;

// One thing the admin must look at before going on: a whole check, or one subject's (Blueprint's)
// finding within a check.
struct ReviewItem
{
    enum class Kind {
        Blocker, // an API said the prerequisite is missing (status fail)
        CouldNotCheck, // the check did not run (status error): unknown, so it blocks too
        Warning, // needs an explicit acknowledgement (status warn, or an unverified inference)
    };

    Kind kind = Kind::Warning;
    QString key; // acknowledgementKey(checkId, subjectId): stable across re-checks
    QString checkId;
    CheckStatus status = CheckStatus::Warn;
    Confidence confidence = Confidence::Verified;
    QString title; // what
    QString detail; // why it matters
    QString remediation; // how to fix
    QString link; // where in the console (may be empty)
    QString subjectId; // set when the item comes from a finding
    QString subject;
    QStringList platforms;
    QStringList evidence;
    // An inference no API can settle (the check's confirmationPrompt, still unconfirmed).
    bool notVerified = false;
    QString confirmationPrompt;
    bool acknowledged = false;

    bool blocks() const { return kind != Kind::Warning; }
};

// Drives the "Review" step: turns the session's report into review items (every missing or
// unknown prerequisite, from both Okta and Iru), tracks the admin's acknowledgement of each
// warning and exports the report. Pages bind to it; tests drive it without a window.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    explicit ReviewController(Session *session, QObject *parent = nullptr);

    Session *session() const { return m_session; }

    // Rebuilds the items from session()->report(); call it whenever the report may have changed
    // (the page does on entry). Acknowledgements stay with items whose key still exists.
    void refresh();

    // Blocking items first (blockers, then could-not-check), then warnings; report order within.
    const QList<ReviewItem> &items() const { return m_items; }
    int blockerCount() const; // status fail
    int couldNotCheckCount() const; // status error
    int warningCount() const;
    int acknowledgedCount() const;

    // Marks one warning as understood and accepted (or not). Ignored for blocking items and
    // out-of-range indexes: a blocker cannot be waved through. Deliberately no "acknowledge
    // all": each warning needs its own explicit acknowledgement.
    void acknowledge(int index, bool acknowledged);

    // Nothing blocks and every warning is acknowledged: the setup may go on.
    bool canProceed() const;
    bool isCheckOnly() const;
    // Whether the Review step may be left forwards. In "Check readiness only" mode the step is
    // the end and Finish only closes (nothing changes), so it is always allowed there.
    bool canContinue() const { return isCheckOnly() || canProceed(); }

    // Names the Iru Endpoint tenant in exported reports (an address, never a token); by default
    // the API address of the session's Iru connection, if any.
    void setIruTenant(const QString &tenant) { m_iruTenant = tenant; }
    // What the HTML export says about its origin, with the current acknowledgements.
    ReportContext reportContext() const;
    // e.g. "odt-readiness-acme.okta.com-20250506-0708.html".
    QString suggestedFileName(const QString &extension) const;

    // Write Report::toJson() / reportToHtml() atomically; on failure return false and set
    // *error to a sentence saying what failed, why and what to do.
    bool exportJson(const QString &path, QString *error) const;
    bool exportHtml(const QString &path, QString *error) const;

Q_SIGNALS:
    // The item list was rebuilt (refresh()).
    void itemsChanged();
    void acknowledgementChanged(int index, bool acknowledged);
    // canProceed() may have changed (after a refresh or an acknowledgement).
    void stateChanged();

private:
    int count(ReviewItem::Kind kind) const;
    bool write(const QString &path, const QByteArray &data, QString *error) const;

    Session *m_session;
    QList<ReviewItem> m_items;
    QSet<QString> m_acknowledged;
    QString m_iruTenant;
};

} // namespace odt
