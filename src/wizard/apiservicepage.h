#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ApiServicePage;
}

namespace odt {
class ApiServiceController;
}

namespace odt::wizard {

// Explains the API service integration (type, scopes, what happens to its secret), runs the
// create-or-verify action on the admin's say-so and shows the outcome. Skipped when only
// checking readiness.
class ApiServicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApiServicePage(ApiServiceController *controller, QWidget *parent = nullptr);
    ~ApiServicePage() override;

    void initializePage() override;
    bool isComplete() const override;

    // What an Okta management scope lets the integration do, for the admin reading the list.
    static QString scopeMeaning(const QString &scope);

private:
    void render();

    std::unique_ptr<Ui::ApiServicePage> ui;
    ApiServiceController *m_controller;
};

} // namespace odt::wizard
