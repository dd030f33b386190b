#include "controller/iruconnectioncontroller.h"
#include "controller/session.h"
#include "iru/iruclient.h"
#include "iru/irutoken.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QSignalSpy>

using namespace odt;
using State = IruConnectionController::State;

namespace {
const QString token = QStringLiteral("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"); // ready.json's
const QString wrongToken = QStringLiteral("00000000-0000-4000-8000-000000000000");
} // namespace

class TestIruConnectionController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_ready.reset(); }
    void validatesWhileTyping();
    void connectsAndKeepsTheToken();
    void refusedTokenIsNotKept();
    void missingPermissionNamesTheConsolePlace();
    void keychainFailureStillConnects();
    void storedTokenIsOffered();
    void editingDropsTheConnection();

private:
    std::unique_ptr<sandbox::SandboxTenant> m_ready;
};

void TestIruConnectionController::initTestCase()
{
    QString error;
    m_ready = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(m_ready, qPrintable(error));
}

void TestIruConnectionController::validatesWhileTyping()
{
    Session session;
    FakeSecretStore store;
    IruConnectionController controller(&session, &store);
    QCOMPARE(controller.state(), State::Empty);
    QCOMPARE(controller.inputError(), QString());

    controller.setUrlInput(QStringLiteral("http://acme.api.kandji.io"));
    QCOMPARE(controller.state(), State::Invalid);
    QVERIFY(controller.inputError().contains(u"HTTPS"));
    controller.connectToTenant(); // nothing to connect
    QCOMPARE(controller.state(), State::Invalid);

    controller.setUrlInput(QStringLiteral("https://acme.eu.kandji.io/library"));
    QCOMPARE(controller.state(), State::Empty); // no token yet
    QCOMPARE(controller.apiUrl().toString(), QStringLiteral("https://acme.api.eu.kandji.io"));
    QCOMPARE(controller.urlSuggestion(),
             QStringLiteral("Using the API address https://acme.api.eu.kandji.io for the console "
                            "acme.eu.kandji.io."));

    controller.setTokenInput(QStringLiteral("5b7f0c1e-9d2a"));
    QCOMPARE(controller.state(), State::Invalid);
    QVERIFY2(controller.inputError().contains(u"UUIDs of 36 characters"),
             qPrintable(controller.inputError()));
    QVERIFY(!controller.hasToken());

    controller.setTokenInput(u"Bearer "_qs + token);
    QCOMPARE(controller.state(), State::Ready);
    QCOMPARE(controller.inputError(), QString());
    QVERIFY(controller.hasToken());

    controller.setUrlInput(QString());
    QCOMPARE(controller.state(), State::Empty);
    QCOMPARE(store.writes, 0);
}

void TestIruConnectionController::connectsAndKeepsTheToken()
{
    Session session;
    session.trustExtraCaCertificates({ m_ready->caCertificate() });
    FakeSecretStore store;
    IruConnectionController controller(&session, &store);
    QSignalSpy states(&controller, &IruConnectionController::stateChanged);
    QSignalSpy stored(&controller, &IruConnectionController::tokenStored);
    QSignalSpy clients(&session, &Session::iruClientChanged);

    controller.setUrlInput(m_ready->iruApiUrl().toString());
    controller.setTokenInput(token);
    QCOMPARE(controller.state(), State::Ready);
    controller.connectToTenant();
    QCOMPARE(controller.state(), State::Checking);
    QCOMPARE(store.writes, 0); // nothing kept before the tenant accepted the token
    QTRY_COMPARE(controller.state(), State::Connected);
    QVERIFY(controller.canProceed());

    const CheckResult result = controller.result();
    QCOMPARE(result.id, QStringLiteral("iru.connection"));
    QCOMPARE(result.status, CheckStatus::Pass);
    QCOMPARE(result.title, QStringLiteral("Connected to Iru Endpoint"));
    QCOMPARE(result.evidence,
             (QStringList { u"host: 127.0.0.1"_qs,
                            u"GET /api/v1/blueprints?limit=1: HTTP 200, count=3"_qs }));
    QVERIFY(!result.evidence.join(u' ').contains(token));
    QCOMPARE(session.report().find(QStringLiteral("iru.connection"))->status, CheckStatus::Pass);

    QVERIFY(controller.client());
    QCOMPARE(controller.client(), session.iruClient());
    QCOMPARE(session.iruClient()->apiUrl(), m_ready->iruApiUrl());
    QCOMPARE(clients.count(), 1);

    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(0).toBool(), true);
    QCOMPARE(controller.keychainWarning(), QString());
    QCOMPARE(store.entries.size(), 1);
    QCOMPARE(store.entries.value(iru::IruTokenStore::keyFor(m_ready->iruApiUrl())), token.toUtf8());
    QCOMPARE(states.last().at(0).value<State>(), State::Connected);
}

void TestIruConnectionController::refusedTokenIsNotKept()
{
    Session session;
    session.trustExtraCaCertificates({ m_ready->caCertificate() });
    FakeSecretStore store;
    IruConnectionController controller(&session, &store);
    controller.setUrlInput(m_ready->iruApiUrl().toString());
    controller.setTokenInput(wrongToken);
    controller.connectToTenant();
    QTRY_COMPARE(controller.state(), State::Failed);
    QCOMPARE(controller.result().status, CheckStatus::Fail);
    QCOMPARE(controller.result().title, QStringLiteral("The Iru Endpoint API token was refused"));
    QVERIFY(controller.result().remediation.contains(u"Access → API tokens"));
    QCOMPARE(controller.result().evidence.last(),
             QStringLiteral("GET /api/v1/blueprints?limit=1: HTTP 401 \"Invalid token.\""));
    QVERIFY(!controller.client());
    QVERIFY(!session.iruClient());
    QCOMPARE(store.writes, 0);
    // Failed can be retried once the token is fixed.
    controller.setTokenInput(token);
    controller.connectToTenant();
    QTRY_COMPARE(controller.state(), State::Connected);
}

void TestIruConnectionController::missingPermissionNamesTheConsolePlace()
{
    QString error;
    auto denied = startSandbox(
        QStringLiteral(
            R"({"name":"t","extends":"ready","iru":{"tokenDeniedPaths":["/api/v1/blueprints"]}})"),
        &error);
    QVERIFY2(denied, qPrintable(error));
    Session session;
    session.trustExtraCaCertificates({ denied->caCertificate() });
    FakeSecretStore store;
    IruConnectionController controller(&session, &store);
    controller.setUrlInput(denied->iruApiUrl().toString());
    controller.setTokenInput(token);
    controller.connectToTenant();
    QTRY_COMPARE(controller.state(), State::Failed);
    const CheckResult result = controller.result();
    QCOMPARE(result.status, CheckStatus::Fail);
    QCOMPARE(result.title, QStringLiteral("The Iru Endpoint API token may not read Blueprints"));
    QVERIFY2(result.detail.contains(u"Access → API tokens, choose Configure"),
             qPrintable(result.detail));
    QVERIFY(result.detail.contains(u"/api/v1/blueprints"));
    QVERIFY(result.remediation.contains(u"Configure"));
    QCOMPARE(store.writes, 0);
}

void TestIruConnectionController::keychainFailureStillConnects()
{
    Session session;
    session.trustExtraCaCertificates({ m_ready->caCertificate() });
    FakeSecretStore store;
    store.failWrites = FakeSecretStore::Error::NoBackend;
    IruConnectionController controller(&session, &store);
    QSignalSpy stored(&controller, &IruConnectionController::tokenStored);
    controller.setUrlInput(m_ready->iruApiUrl().toString());
    controller.setTokenInput(token);
    controller.connectToTenant();
    QTRY_COMPARE(controller.state(), State::Connected);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(0).toBool(), false);
    QVERIFY2(controller.keychainWarning().contains(u"The keychain is locked."),
             qPrintable(controller.keychainWarning()));
    QVERIFY(controller.client());
}

void TestIruConnectionController::storedTokenIsOffered()
{
    Session session;
    FakeSecretStore store;
    store.entries.insert(QStringLiteral("iru-endpoint-api-token/acme.api.kandji.io"),
                         token.toUtf8());
    IruConnectionController controller(&session, &store);
    QSignalSpy loaded(&controller, &IruConnectionController::tokenLoaded);
    controller.setUrlInput(QStringLiteral("https://other.api.kandji.io"));
    controller.loadStoredToken();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toBool(), false);
    QCOMPARE(controller.state(), State::Empty);

    controller.setUrlInput(QStringLiteral("acme.kandji.io"));
    controller.loadStoredToken();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loaded.at(1).at(0).toBool(), true);
    QVERIFY(controller.hasToken());
    QCOMPARE(controller.state(), State::Ready);
}

void TestIruConnectionController::editingDropsTheConnection()
{
    Session session;
    session.trustExtraCaCertificates({ m_ready->caCertificate() });
    FakeSecretStore store;
    IruConnectionController controller(&session, &store);
    controller.setUrlInput(m_ready->iruApiUrl().toString());
    controller.setTokenInput(token);
    controller.connectToTenant();
    QTRY_COMPARE(controller.state(), State::Connected);
    controller.setTokenInput(token); // the same token again: nothing changes
    QCOMPARE(controller.state(), State::Connected);
    QVERIFY(session.iruClient());
    controller.setUrlInput(QStringLiteral("https://acme.api.kandji.io"));
    QCOMPARE(controller.state(), State::Ready);
    QVERIFY(!session.iruClient());
    QVERIFY(!controller.client());
}

ODT_TEST_GUILESS_MAIN(TestIruConnectionController)
#include "tst_iruconnectioncontroller.moc"
