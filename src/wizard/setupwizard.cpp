#include "wizard/setupwizard.h"

#include "controller/orgcontroller.h"
#include "controller/session.h"
#include "wizard/oktaorgpage.h"
#include "wizard/welcomepage.h"

#include <QIcon>

namespace odt::wizard {

SetupWizard::SetupWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_orgController(new OrgController(session, this))
    , m_welcomePage(new WelcomePage(session))
    , m_oktaOrgPage(new OktaOrgPage(m_orgController))
{
    setObjectName(QStringLiteral("SetupWizard"));
    setWindowTitle(tr("ODT Setup Assistant"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/odt-setup.svg")));
#ifndef Q_OS_MACOS
    // AeroStyle ignores the palette in dark mode (QTBUG-123853); ModernStyle shows the page
    // titles and subtitles in a header on Windows and Linux alike.
    setWizardStyle(QWizard::ModernStyle);
#endif
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/odt-setup.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 480);

    setPage(WelcomePageId, m_welcomePage);
    setPage(OktaOrgPageId, m_oktaOrgPage);
}

void SetupWizard::setSandboxScenario(const QString &scenario)
{
    setWindowTitle(tr("ODT Setup Assistant — Sandbox (%1)").arg(scenario));
    m_welcomePage->setSandboxNotice(scenario);
}

void SetupWizard::setInitialOktaOrg(const QString &url)
{
    m_oktaOrgPage->setInitialUrl(url);
}

} // namespace odt::wizard
