#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class OktaOrgPage;
}

namespace odt {
class OrgController;
}

namespace odt::wizard {

// Binds the org URL field to OrgController and renders its state; Next runs the engine check.
class OktaOrgPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OktaOrgPage(OrgController *controller, QWidget *parent = nullptr);
    ~OktaOrgPage() override;

    void setInitialUrl(const QString &url);
    bool isComplete() const override;
    // Next checks the org first; it moves on only once Identity Engine is confirmed.
    bool validatePage() override;

private:
    void render();

    std::unique_ptr<Ui::OktaOrgPage> ui;
    OrgController *m_controller;
};

} // namespace odt::wizard
