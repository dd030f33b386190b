// Drives the real wizard (offscreen) against the in-process sandbox, by object name.
#include "cli/sandboxlaunch.h"
#include "controller/networksettings.h"
#include "controller/orgcontroller.h"
#include "controller/session.h"
#include "sandbox/sandboxtenant.h"
#include "support/testmain.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>

using namespace odt;
using wizard::SetupWizard;

class TestSetupWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeChoosesMode();
    void identityEngineEnablesNext();
    void classicDisablesNext();
    void invalidInputExplainsItself();
    void networkErrorOffersRetry();
    void networkButtonSetsAndRemembersTheProxy();

private:
    struct Fixture
    {
        Session session;
        std::unique_ptr<sandbox::SandboxTenant> tenant;
        std::unique_ptr<SetupWizard> wizard;
    };
    std::unique_ptr<Fixture> open(const QString &scenario);
    static QAbstractButton *next(SetupWizard *w)
    {
        return w->button(w->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
    }
};

std::unique_ptr<TestSetupWizard::Fixture> TestSetupWizard::open(const QString &scenario)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = cli::startSandbox(&f->session, scenario, &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->wizard = std::make_unique<SetupWizard>(&f->session);
    f->wizard->setSandboxScenario(scenario);
    f->wizard->show();
    return f;
}

void TestSetupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throw-away test folder
    QSettings().clear();
}

void TestSetupWizard::welcomeChoosesMode()
{
    auto f = open(QStringLiteral("ready"));
    SetupWizard *w = f->wizard.get();
    QCOMPARE(w->currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(w->windowTitle().contains(u"Sandbox"));
    auto *notice = w->findChild<QLabel *>(QStringLiteral("sandboxNotice"));
    QVERIFY(notice && notice->isVisible());
    w->findChild<QRadioButton *>(QStringLiteral("checkOnlyRadio"))->setChecked(true);
    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::OktaOrgPageId));
    QCOMPARE(f->session.mode(), Session::Mode::CheckOnly);
}

void TestSetupWizard::identityEngineEnablesNext()
{
    auto f = open(QStringLiteral("ready"));
    SetupWizard *w = f->wizard.get();
    w->next();
    auto *edit = w->findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"));
    QVERIFY(edit);
    QVERIFY(!next(w)->isEnabled()); // nothing typed yet
    QTest::keyClicks(edit, f->tenant->oktaOrgUrl().toString());
    QVERIFY(next(w)->isEnabled());
    QTest::mouseClick(next(w), Qt::LeftButton); // starts the check, stays on the page
    QCOMPARE(w->currentId(), int(SetupWizard::OktaOrgPageId));
    QVERIFY(w->findChild<QWidget *>(QStringLiteral("busyPanel"))->isVisible());
    QVERIFY(edit->isReadOnly());
    auto *title = w->findChild<QLabel *>(QStringLiteral("resultTitle"));
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("Okta Identity Engine"), 15000);
    QVERIFY(title->isVisible());
    QVERIFY(next(w)->isEnabled());
    QVERIFY(!w->findChild<QWidget *>(QStringLiteral("busyPanel"))->isVisible());
    QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QVERIFY(!edit->isReadOnly());
}

void TestSetupWizard::classicDisablesNext()
{
    auto f = open(QStringLiteral("classic"));
    SetupWizard *w = f->wizard.get();
    w->next();
    auto *edit = w->findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"));
    QTest::keyClicks(edit, f->tenant->oktaOrgUrl().toString());
    QTest::keyClick(edit, Qt::Key_Return); // Enter presses the default button
    auto *title = w->findChild<QLabel *>(QStringLiteral("resultTitle"));
    QTRY_COMPARE_WITH_TIMEOUT(
        title->text(), QStringLiteral("Classic Engine: migrate to Identity Engine first"), 15000);
    QVERIFY(!next(w)->isEnabled());
    auto *detail = w->findChild<QLabel *>(QStringLiteral("resultDetail"));
    QVERIFY(detail->text().contains(u"href=\"https://help.okta.com/"));
    // Changing the URL lifts the block so another org can be tried.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(next(w)->isEnabled());
    QVERIFY(!title->isVisible());
}

void TestSetupWizard::invalidInputExplainsItself()
{
    auto f = open(QStringLiteral("ready"));
    SetupWizard *w = f->wizard.get();
    w->next();
    auto *edit = w->findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"));
    QTest::keyClicks(edit, QStringLiteral("http://acme.okta.com"));
    auto *error = w->findChild<QLabel *>(QStringLiteral("inputErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"HTTPS"));
    QVERIFY(!next(w)->isEnabled());
    edit->setText(QStringLiteral("acme-admin.okta.com"));
    QVERIFY(!error->isVisible());
    auto *normalized = w->findChild<QLabel *>(QStringLiteral("normalizedLabel"));
    QVERIFY(normalized->isVisible());
    QVERIFY(normalized->text().contains(u"https://acme.okta.com"));
}

void TestSetupWizard::networkErrorOffersRetry()
{
    Session session;
    SetupWizard w(&session);
    w.show();
    w.next();
    auto *edit = w.findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"));
    edit->setText(QStringLiteral("https://no-such-org.invalid"));
    QTest::mouseClick(next(&w), Qt::LeftButton);
    auto *retry = w.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("resultDetail"))
                ->text()
                .contains(u"could not be found"));
    QCOMPARE(edit->text(), QStringLiteral("https://no-such-org.invalid")); // input kept
    QVERIFY(next(&w)->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(w.orgController()->state(), OrgController::State::Checking);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
}

void TestSetupWizard::networkButtonSetsAndRemembersTheProxy()
{
    auto f = open(QStringLiteral("ready"));
    SetupWizard *w = f->wizard.get();
    QAbstractButton *network = w->button(QWizard::CustomButton1);
    QCOMPARE(network->objectName(), QStringLiteral("networkButton"));
    QVERIFY(network->isVisible());
    QCOMPARE(f->session.proxy(), net::ProxySetting::system());

    network->click();
    auto *dialog = w->findChild<QDialog *>(QStringLiteral("proxyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("systemRadio"))->isChecked());
    dialog->findChild<QRadioButton *>(QStringLiteral("manualRadio"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("proxyEdit"))
        ->setText(QStringLiteral("http://proxy.corp.example:3128"));
    dialog->accept();

    const auto expected
        = net::ProxySetting::manual(QNetworkProxy::HttpProxy, u"proxy.corp.example"_qs, 3128);
    QCOMPARE(f->session.proxy(), expected);
    QCOMPARE(networksettings::savedProxy(), expected);
    QCOMPARE(QSettings().value(u"network/proxy"_qs).toString(),
             u"http://proxy.corp.example:3128"_qs);

    // Cancel keeps what was set.
    QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("proxyDialog"))); // closed and deleted
    network->click();
    dialog = w->findChild<QDialog *>(QStringLiteral("proxyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("manualRadio"))->isChecked());
    dialog->findChild<QRadioButton *>(QStringLiteral("noneRadio"))->click();
    dialog->reject();
    QCOMPARE(f->session.proxy(), expected);
    QSettings().clear();
}

ODT_TEST_WIDGETS_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
