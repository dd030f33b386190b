#include "wizard/oktareadinesspage.h"

#include "controller/oktareadinesscontroller.h"
#include "ui_oktareadinesspage.h"

namespace odt::wizard {

OktaReadinessPage::OktaReadinessPage(OktaReadinessController *controller, QWidget *parent)
    : ReadinessPage(controller, parent)
    , ui(std::make_unique<Ui::OktaReadinessPage>())
{
    ui->setupUi(this);
    ui->checksArea->setBackgroundRole(QPalette::Base);
    bind({ ui->readinessBusyBar, ui->readinessSummaryLabel, ui->recheckButton, ui->checksContainer,
           ui->checksLayout, ui->readinessNoteLabel });
}

OktaReadinessPage::~OktaReadinessPage() = default;

QString OktaReadinessPage::stateText(ReadinessController::State state) const
{
    using State = ReadinessController::State;
    const int total = int(controller()->checkIds().size());
    switch (state) {
    case State::Running:
        return tr("Checking %1 Okta settings at once… %2 answered so far.")
            .arg(total)
            .arg(total - controller()->pendingCount());
    case State::NoCredential:
        return total == 0 ? tr("Nobody is signed in: go back and sign in to run the checks.")
                          : tr("Re-checking needs a sign-in: go back and sign in again.");
    case State::Idle:
        return total == 0 ? tr("The checks run when you open this page.")
                          : tr("You signed in again: re-check to read the org afresh.");
    case State::Finished:
        break;
    }
    return {};
}

} // namespace odt::wizard
