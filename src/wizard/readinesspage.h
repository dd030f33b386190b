#pragma once

#include "controller/readinesscontroller.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace odt::wizard {

class CheckResultWidget;

// What the readiness pages share: one CheckResultWidget per check, shown as each answers (never
// waiting for the slowest), confirmations, re-check, a busy bar and a summary. Failing checks do
// not block Next: the review gathers them. Subclasses own the .ui, hand its widgets to bind(),
// and word the summary for their side.
class ReadinessPage : public QWizardPage
{
    Q_OBJECT
public:
    void initializePage() override;
    bool isComplete() const override;

protected:
    struct Widgets
    {
        QProgressBar *busyBar = nullptr;
        QLabel *summaryLabel = nullptr;
        QPushButton *recheckButton = nullptr;
        QWidget *checksContainer = nullptr; // the scroll area's widget
        QVBoxLayout *checksLayout = nullptr; // ends with a stretch
        QLabel *noteLabel = nullptr;
    };

    ReadinessPage(ReadinessController *controller, QWidget *parent);

    // Call once, after setupUi().
    void bind(const Widgets &widgets);
    ReadinessController *controller() const { return m_controller; }
    // The summary while not Finished (Running, Idle, NoCredential).
    virtual QString stateText(ReadinessController::State state) const = 0;
    // Per-side settings of a new row (link wording, …).
    virtual void setUpRow(CheckResultWidget *row) { Q_UNUSED(row) }
    // Re-renders the summary; subclasses showing more call the base first.
    virtual void renderSummary();

private:
    void rebuildRows();
    void renderRow(const QString &checkId);

    ReadinessController *m_controller;
    Widgets m_ui;
    QHash<QString, CheckResultWidget *> m_rows;
};

} // namespace odt::wizard
