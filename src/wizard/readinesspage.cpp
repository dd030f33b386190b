#include "wizard/readinesspage.h"

#include "wizard/checkresultwidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace odt::wizard {

ReadinessPage::ReadinessPage(ReadinessController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{ }

void ReadinessPage::bind(const Widgets &widgets)
{
    m_ui = widgets;
    connect(m_ui.recheckButton, &QPushButton::clicked, m_controller, &ReadinessController::recheck);
    connect(m_controller, &ReadinessController::checksReset, this, &ReadinessPage::rebuildRows);
    connect(m_controller, &ReadinessController::resultChanged, this, [this](const QString &id) {
        renderRow(id);
        renderSummary();
    });
    connect(m_controller, &ReadinessController::stateChanged, this, [this] {
        // Rows of a run that lost its inputs now say so instead of "Checking…".
        for (const QString &id : m_controller->checkIds())
            renderRow(id);
        renderSummary();
        Q_EMIT completeChanged();
    });
    rebuildRows();
}

void ReadinessPage::initializePage()
{
    m_controller->runIfNeeded();
    renderSummary();
}

bool ReadinessPage::isComplete() const
{
    // The next pages read what was found; a failing check does not hold anyone back here.
    return !m_controller->isRunning();
}

void ReadinessPage::rebuildRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const QStringList ids = m_controller->checkIds();
    QVBoxLayout *layout = m_ui.checksLayout;
    for (const QString &id : ids) {
        auto *row = new CheckResultWidget(m_ui.checksContainer);
        row->setObjectName(id); // tests and accessibility tools find a row by its check id
        setUpRow(row);
        connect(row, &CheckResultWidget::confirmRequested, m_controller,
                &ReadinessController::confirm);
        // Before the stretch at the end.
        layout->insertWidget(layout->count() - 1, row);
        m_rows.insert(id, row);
        renderRow(id);
    }
    renderSummary();
}

void ReadinessPage::renderRow(const QString &checkId)
{
    CheckResultWidget *row = m_rows.value(checkId);
    if (!row)
        return;
    row->setConsoleUrl(m_controller->consoleUrl());
    row->setResult(m_controller->result(checkId),
                   !m_controller->hasResult(checkId) && m_controller->isRunning());
}

void ReadinessPage::renderSummary()
{
    using State = ReadinessController::State;
    const State state = m_controller->state();
    const int total = int(m_controller->checkIds().size());
    const int fails = m_controller->countWith(CheckStatus::Fail);
    const int errors = m_controller->countWith(CheckStatus::Error);
    const int warnings = m_controller->countWith(CheckStatus::Warn);
    const int passes = m_controller->countWith(CheckStatus::Pass);

    m_ui.busyBar->setVisible(state == State::Running);
    m_ui.recheckButton->setEnabled(state == State::Finished || state == State::Idle);

    QString summary;
    if (state == State::Finished) {
        // Counts after a colon read right in English for any number, without plural forms.
        summary = tr("%1 of %2 checks pass.").arg(passes).arg(total);
        QStringList counts;
        if (fails > 0)
            counts.append(tr("blockers: %1").arg(fails));
        if (warnings > 0)
            counts.append(tr("warnings: %1").arg(warnings));
        if (errors > 0)
            counts.append(tr("could not be checked: %1").arg(errors));
        if (!counts.isEmpty())
            summary += QLatin1Char(' ') + tr("Found %1.").arg(counts.join(QStringLiteral(", ")));
    } else {
        summary = stateText(state);
    }
    m_ui.summaryLabel->setText(summary);

    const bool problems = fails + errors + warnings > 0;
    m_ui.noteLabel->setVisible(problems && state != State::Running);
    m_ui.noteLabel->setText(
        m_controller->isCheckOnly()
            ? tr("You can go on: the review at the end lists everything that is missing, "
                 "with how to fix it, and exports the report.")
            : tr("You can go on: nothing is changed yet, and the review lists every "
                 "blocker before anything is set up. Fixing them now and re-checking saves "
                 "a round trip."));
}

} // namespace odt::wizard
