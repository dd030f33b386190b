#pragma once

#include "wizard/readinesspage.h"

#include <memory>

namespace Ui {
class IruReadinessPage;
}

namespace odt {
class IruReadinessController;
}

namespace odt::wizard {

// The Iru Endpoint checks for the Blueprints in scope, each with its findings per Blueprint and
// platform (see ReadinessPage).
class IruReadinessPage : public ReadinessPage
{
    Q_OBJECT
public:
    explicit IruReadinessPage(IruReadinessController *controller, QWidget *parent = nullptr);
    ~IruReadinessPage() override;

protected:
    QString stateText(ReadinessController::State state) const override;
    void setUpRow(CheckResultWidget *row) override;
    void renderSummary() override;

private:
    std::unique_ptr<Ui::IruReadinessPage> ui;
    IruReadinessController *m_iru;
};

} // namespace odt::wizard
