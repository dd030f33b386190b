#pragma once

#include <QWizard>

namespace odt {
class Session;
class OrgController;
} // namespace odt

namespace odt::wizard {

class WelcomePage;
class OktaOrgPage;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, OktaOrgPageId };

    explicit SetupWizard(Session *session, QWidget *parent = nullptr);

    // Marks the window and the first page when the tenant is the built-in sandbox.
    void setSandboxScenario(const QString &scenario);
    void setInitialOktaOrg(const QString &url);

    OrgController *orgController() const { return m_orgController; }

private:
    Session *m_session;
    OrgController *m_orgController;
    WelcomePage *m_welcomePage;
    OktaOrgPage *m_oktaOrgPage;
};

} // namespace odt::wizard
