#pragma once

#include "wizard/readinesspage.h"

#include <memory>

namespace Ui {
class OktaReadinessPage;
}

namespace odt {
class OktaReadinessController;
}

namespace odt::wizard {

// The Okta checks, read with the admin's sign-in (see ReadinessPage).
class OktaReadinessPage : public ReadinessPage
{
    Q_OBJECT
public:
    explicit OktaReadinessPage(OktaReadinessController *controller, QWidget *parent = nullptr);
    ~OktaReadinessPage() override;

protected:
    QString stateText(ReadinessController::State state) const override;

private:
    std::unique_ptr<Ui::OktaReadinessPage> ui;
};

} // namespace odt::wizard
