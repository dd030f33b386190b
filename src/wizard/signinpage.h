#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SignInPage;
}

namespace odt {
class SignInController;
}

namespace odt::wizard {

// Binds the sign-in methods (browser, device code, API token, kept sign-in) to SignInController
// and shows who signed in; Next needs a Super Administrator (or, checking only, any sign-in).
class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInPage(SignInController *controller, QWidget *parent = nullptr);
    ~SignInPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void render();
    void renderResult();
    QString busyText() const;

    std::unique_ptr<Ui::SignInPage> ui;
    SignInController *m_controller;
};

} // namespace odt::wizard
