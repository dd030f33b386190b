#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace odt {
class Session;
}

namespace odt::wizard {

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(Session *session, QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Shown when the wizard runs on the sandbox tenant, so nobody mistakes it for production.
    void setSandboxNotice(const QString &scenario);
    bool validatePage() override;

private:
    std::unique_ptr<Ui::WelcomePage> ui;
    Session *m_session;
};

} // namespace odt::wizard
