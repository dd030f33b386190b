#include "wizard/irureadinesspage.h"

#include "controller/irureadinesscontroller.h"
#include "ui_irureadinesspage.h"
#include "wizard/checkresultwidget.h"

namespace odt::wizard {

IruReadinessPage::IruReadinessPage(IruReadinessController *controller, QWidget *parent)
    : ReadinessPage(controller, parent)
    , ui(std::make_unique<Ui::IruReadinessPage>())
    , m_iru(controller)
{
    ui->setupUi(this);
    ui->iruChecksArea->setBackgroundRole(QPalette::Base);
    bind({ ui->iruReadinessBusyBar, ui->iruReadinessSummaryLabel, ui->iruRecheckButton,
           ui->iruChecksContainer, ui->iruChecksLayout, ui->iruReadinessNoteLabel });
}

IruReadinessPage::~IruReadinessPage() = default;

QString IruReadinessPage::stateText(ReadinessController::State state) const
{
    using State = ReadinessController::State;
    const int total = int(controller()->checkIds().size());
    switch (state) {
    case State::Running:
        return tr("Checking %1 Iru Endpoint settings at once… %2 answered so far.")
            .arg(total)
            .arg(total - controller()->pendingCount());
    case State::NoCredential:
        return tr("Connect to Iru Endpoint and choose at least one Blueprint to run the checks: "
                  "go back.");
    case State::Idle:
        return total == 0 ? tr("The checks run when you open this page.")
                          : tr("The tenant or the Blueprints in scope changed: re-check.");
    case State::Finished:
        break;
    }
    return {};
}

void IruReadinessPage::setUpRow(CheckResultWidget *row)
{
    row->setConsoleLinkText(tr("Open Iru Endpoint"));
}

void IruReadinessPage::renderSummary()
{
    ReadinessPage::renderSummary();
    const QString scope = m_iru->scopeSummary();
    ui->iruScopeLabel->setText(scope);
    ui->iruScopeLabel->setVisible(!scope.isEmpty());
}

} // namespace odt::wizard
