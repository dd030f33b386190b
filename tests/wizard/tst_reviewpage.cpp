// The Review step in a bare QWizard (offscreen), driven through its widgets by object name.
// With ODT_SCREENSHOT_DIR set, renderSamples() also saves PNGs of the page for a person to look at.
#include "controller/reviewcontroller.h"
#include "controller/session.h"
#include "support/testmain.h"
#include "wizard/reviewpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWizard>

using namespace odt;
using wizard::ReviewPage;

namespace {

CheckResult fastPassOff()
{
    CheckResult r;
    r.id = QStringLiteral("okta.fastPass");
    r.status = CheckStatus::Fail;
    r.title = QStringLiteral("Okta FastPass is turned off");
    r.detail = QStringLiteral("The Okta Verify authenticator does not offer FastPass, so devices "
                              "cannot prove to Okta that Iru Endpoint manages them.");
    r.remediation = QStringLiteral("In the Admin Console open Security > Authenticators > Okta "
                                   "Verify > Edit, tick Okta FastPass and save.");
    r.link = QStringLiteral("https://acme-admin.okta.com/admin/access/multifactor");
    r.evidence = { QStringLiteral("GET /api/v1/authenticators/aut1/methods: signed_nonce "
                                  "INACTIVE") };
    return r;
}

CheckResult autoAppMissing()
{
    CheckResult r;
    r.id = QStringLiteral("iru.oktaVerify.macAutoApp");
    r.status = CheckStatus::Fail;
    r.title = QStringLiteral("Okta Verify Auto App on macOS");
    r.remediation = QStringLiteral("In Iru Endpoint open Library > Add new > Auto Apps, add Okta "
                                   "Verify and assign it to the Blueprint (Macs only).");
    r.link = QStringLiteral("https://acme.iru.com/library");
    Finding macs;
    macs.subjectId = QStringLiteral("bp-macs");
    macs.subject = QStringLiteral("Macs");
    macs.platforms = { QStringLiteral("Mac") };
    macs.status = CheckStatus::Fail;
    macs.detail = QStringLiteral("No Okta Verify Auto App is assigned, so Macs in this Blueprint "
                                 "would get the ODT settings without the app that uses them.");
    Finding pilot;
    pilot.subjectId = QStringLiteral("bp-pilot");
    pilot.subject = QStringLiteral("ODT Pilot");
    pilot.platforms = { QStringLiteral("Mac"), QStringLiteral("iPad") };
    pilot.status = CheckStatus::Warn;
    pilot.detail = QStringLiteral("The Blueprint mixes Macs and iPads but no Assignment Map "
                                  "condition limits the Auto App to macOS.");
    r.findings = { macs, pilot };
    return r;
}

CheckResult rolesUnreadable()
{
    CheckResult r;
    r.id = QStringLiteral("okta.superAdmin");
    r.status = CheckStatus::Error;
    r.title = QStringLiteral("Could not read your admin roles");
    r.detail = QStringLiteral("Okta answered HTTP 403: the sign-in lacks the okta.roles.read "
                              "scope.");
    r.remediation = QStringLiteral("Grant okta.roles.read to the ODT Setup Assistant app in Okta, "
                                   "then sign in again.");
    return r;
}

CheckResult adaptiveMfaInferred()
{
    CheckResult r;
    r.id = QStringLiteral("okta.adaptiveMfa");
    r.status = CheckStatus::Pass;
    r.confidence = Confidence::Inferred;
    r.title = QStringLiteral("Okta Adaptive MFA is available");
    r.detail = QStringLiteral("The Device Integrations API answered, which it does only for orgs "
                              "with Okta Adaptive MFA. No API reports the licence itself.");
    r.confirmationPrompt = QStringLiteral("Our Okta contract includes Okta Adaptive MFA.");
    return r;
}

CheckResult engineOk()
{
    CheckResult r;
    r.id = QStringLiteral("okta.engine");
    r.status = CheckStatus::Pass;
    r.title = QStringLiteral("Okta Identity Engine");
    return r;
}

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blockerKeepsNextDisabled();
    void eachWarningNeedsItsCheckbox();
    void nothingMissingLetsYouGoOn();
    void checkOnlyEndsHere();
    void exportButtonsGoThroughTheController();
    void fitsTheMinimumWizardSize();
    void renderSamples();

private:
    struct Fixture
    {
        Session session;
        ReviewController controller { &session };
        QWizard wizard;
        QWizardPage *before = nullptr;
        ReviewPage *page = nullptr;
        QWizardPage *after = nullptr;
        int reviewId = -1;
    };
    // before → Review → after, so Next and Back behave as in the real wizard.
    static std::unique_ptr<Fixture> open(const QList<CheckResult> &checks,
                                         Session::Mode mode = Session::Mode::SetUp);
    static QList<QFrame *> cards(QWidget *page)
    {
        return page->findChildren<QFrame *>(QStringLiteral("reviewCard"));
    }
    static QString label(QWidget *parent, const char *name)
    {
        auto *l = parent->findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }
    static bool saveShot(QWizard *wizard, const QString &name);
};

std::unique_ptr<TestReviewPage::Fixture> TestReviewPage::open(const QList<CheckResult> &checks,
                                                              Session::Mode mode)
{
    auto f = std::make_unique<Fixture>();
    f->session.setMode(mode);
    f->session.setOktaOrg(OrgUrl::parse(QStringLiteral("https://acme.okta.com")));
    for (const CheckResult &r : checks)
        f->session.recordResult(r);
    f->before = new QWizardPage;
    f->before->setTitle(QStringLiteral("Checks"));
    f->page = new ReviewPage(&f->controller);
    f->after = new QWizardPage;
    f->after->setTitle(QStringLiteral("Plan"));
    f->wizard.setWizardStyle(QWizard::ModernStyle);
    f->wizard.setMinimumSize(640, 480);
    f->wizard.addPage(f->before);
    f->reviewId = f->wizard.addPage(f->page);
    f->wizard.addPage(f->after);
    f->wizard.show();
    f->wizard.next();
    return f;
}

void TestReviewPage::blockerKeepsNextDisabled()
{
    auto f = open({ engineOk(), fastPassOff(), adaptiveMfaInferred() });
    QWizard *w = &f->wizard;
    QCOMPARE(w->currentId(), f->reviewId);
    QVERIFY(w->button(QWizard::NextButton)->isVisible());
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!w->button(QWizard::FinishButton)->isVisible());

    auto *banner = f->page->findChild<QWidget *>(QStringLiteral("blockerBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(label(f->page, "blockerBannerLabel"),
             QStringLiteral("<b>Fix these, then re-check.</b> 1 item(s) stop the setup: fix them "
                            "in the console, then go Back and run the checks again."));
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("1 blocker(s), 1 warning(s), 0 of 1 acknowledged."));

    const QList<QFrame *> list = cards(f->page);
    QCOMPARE(list.size(), 2);
    QCOMPARE(label(list.at(0), "kindLabel"), QStringLiteral("BLOCKER · okta.fastPass"));
    QCOMPARE(label(list.at(0), "titleLabel"), QStringLiteral("Okta FastPass is turned off"));
    QCOMPARE(label(list.at(0), "whyLabel"), fastPassOff().detail);
    QCOMPARE(label(list.at(0), "fixLabel"),
             QStringLiteral("<b>How to fix:</b> ") + fastPassOff().remediation.toHtmlEscaped());
    QCOMPARE(label(list.at(0), "consoleLink"),
             QStringLiteral("<a href=\"https://acme-admin.okta.com/admin/access/multifactor\">"
                            "Open in console</a> (acme-admin.okta.com)"));
    QVERIFY(!list.at(0)->findChild<QCheckBox *>()); // a blocker cannot be accepted
    QCOMPARE(label(list.at(1), "kindLabel"),
             QStringLiteral("WARNING, NOT VERIFIED · okta.adaptiveMfa"));

    // Accepting the warning does not lift the blocker.
    list.at(1)->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"))->click();
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());

    // Fix it, go Back, re-check, come back: the blocker is gone, the acknowledgement stayed.
    w->back();
    f->session.recordResult([] {
        CheckResult r = fastPassOff();
        r.status = CheckStatus::Pass;
        return r;
    }());
    w->next();
    QCOMPARE(w->currentId(), f->reviewId);
    QVERIFY(!banner->isVisible());
    QCOMPARE(cards(f->page).size(), 1);
    QVERIFY(cards(f->page).at(0)->findChild<QCheckBox *>()->isChecked());
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w->currentPage(), f->after);
}

void TestReviewPage::eachWarningNeedsItsCheckbox()
{
    CheckResult books = autoAppMissing();
    books.status = CheckStatus::Warn;
    books.findings[0].status = CheckStatus::Warn;
    auto f = open({ books, adaptiveMfaInferred() });
    QWizard *w = &f->wizard;
    QAbstractButton *next = w->button(QWizard::NextButton);
    const QList<QCheckBox *> boxes
        = f->page->findChildren<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
    QCOMPARE(boxes.size(), 3);
    QVERIFY(!f->page->findChild<QWidget *>(QStringLiteral("blockerBanner"))->isVisible());
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("0 blocker(s), 3 warning(s), 0 of 3 acknowledged. Tick each warning "
                            "to go on."));
    for (QCheckBox *box : boxes) {
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("I understand and accept this"));
    }
    QCOMPARE(label(cards(f->page).at(0), "subjectLabel"), QStringLiteral("Applies to: Macs (Mac)"));
    QCOMPARE(label(cards(f->page).at(1), "subjectLabel"),
             QStringLiteral("Applies to: ODT Pilot (Mac, iPad)"));

    QVERIFY(!next->isEnabled());
    QTest::mouseClick(boxes.at(0), Qt::LeftButton, {},
                      QPoint(8, boxes.at(0)->height() / 2)); // on the indicator
    QVERIFY(boxes.at(0)->isChecked());
    QVERIFY(!next->isEnabled());
    boxes.at(1)->click();
    QVERIFY(!next->isEnabled());
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("0 blocker(s), 3 warning(s), 2 of 3 acknowledged. Tick each warning "
                            "to go on."));
    boxes.at(2)->click();
    QVERIFY(next->isEnabled());
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("0 blocker(s), 3 warning(s), 3 of 3 acknowledged. You can go on."));
    boxes.at(1)->click(); // changed their mind
    QVERIFY(!next->isEnabled());
    QCOMPARE(f->controller.acknowledgedCount(), 2);
    boxes.at(1)->click();
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(w->currentPage(), f->after);
}

void TestReviewPage::nothingMissingLetsYouGoOn()
{
    auto f = open({ engineOk() });
    QVERIFY(cards(f->page).isEmpty());
    QVERIFY(f->page->findChild<QLabel *>(QStringLiteral("allClearLabel"))->isVisible());
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("Ready: nothing is missing. You can go on."));
    QVERIFY(!f->page->findChild<QLabel *>(QStringLiteral("checkOnlyNote"))->isVisible());
    QVERIFY(f->wizard.button(QWizard::NextButton)->isEnabled());
}

void TestReviewPage::checkOnlyEndsHere()
{
    auto f = open({ fastPassOff(), adaptiveMfaInferred(), rolesUnreadable() },
                  Session::Mode::CheckOnly);
    QWizard *w = &f->wizard;
    QVERIFY(f->page->isFinalPage());
    QCOMPARE(f->page->nextId(), -1);
    QVERIFY(w->button(QWizard::FinishButton)->isVisible());
    QVERIFY(w->button(QWizard::FinishButton)->isEnabled()); // Finish only closes
    QVERIFY(!w->button(QWizard::NextButton)->isVisible());
    auto *note = f->page->findChild<QLabel *>(QStringLiteral("checkOnlyNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"nothing was changed"));
    // Nothing to accept when nothing will be changed.
    QVERIFY(f->page->findChildren<QCheckBox *>().isEmpty());
    QCOMPARE(label(f->page, "summaryLabel"),
             QStringLiteral("1 blocker(s), 1 could not be checked, 1 warning(s)."));
    QCOMPARE(label(f->page, "blockerBannerLabel"),
             QStringLiteral("<b>2 item(s) would stop the setup.</b> Fix them in the console, "
                            "then run the readiness check again."));
    const QList<QFrame *> list = cards(f->page);
    QCOMPARE(list.size(), 3);
    QCOMPARE(label(list.at(1), "kindLabel"), QStringLiteral("COULD NOT CHECK · okta.superAdmin"));
    QVERIFY(label(list.at(1), "fixLabel")
                .endsWith(u"Then run the check again (go Back to the step "
                          u"that ran it): until it runs, nobody knows "
                          u"whether this prerequisite holds."));
    QVERIFY(!list.at(1)->findChild<QLabel *>(QStringLiteral("consoleLink")));
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!w->isVisible());
}

void TestReviewPage::exportButtonsGoThroughTheController()
{
    auto f = open({ autoAppMissing(), adaptiveMfaInferred() });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString target;
    QStringList asked;
    f->page->setFileChooser([&](const QString &caption, const QString &suggested,
                                const QString &filter,
                                const std::function<void(const QString &)> &chosen) {
        asked << caption << QFileInfo(suggested).fileName() << filter;
        if (!target.isEmpty())
            chosen(target);
    });
    auto *status = f->page->findChild<QLabel *>(QStringLiteral("exportStatusLabel"));
    auto *jsonButton = f->page->findChild<QPushButton *>(QStringLiteral("exportJsonButton"));
    auto *htmlButton = f->page->findChild<QPushButton *>(QStringLiteral("exportHtmlButton"));
    QCOMPARE(jsonButton->text(), QStringLiteral("Export &JSON…"));
    QCOMPARE(htmlButton->text(), QStringLiteral("Export &HTML…"));

    // Cancelled: nothing written, nothing said.
    QTest::mouseClick(jsonButton, Qt::LeftButton);
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.at(0), QStringLiteral("Export the report as JSON"));
    QVERIFY2(asked.at(1).startsWith(u"odt-readiness-acme.okta.com-")
                 && asked.at(1).endsWith(u".json"),
             qPrintable(asked.at(1)));
    QCOMPARE(asked.at(2), QStringLiteral("JSON files (*.json)"));
    QVERIFY(status->text().isEmpty());
    QVERIFY(!status->isVisible());

    target = dir.filePath(QStringLiteral("readiness.json"));
    QTest::mouseClick(jsonButton, Qt::LeftButton);
    QFile json(target);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), f->session.report().toJson());
    QCOMPARE(status->text(), QStringLiteral("Saved to %1.").arg(QDir::toNativeSeparators(target)));
    QVERIFY(status->isVisible());

    // The acknowledgement ticked on the page shows in the HTML.
    const QList<QCheckBox *> boxes
        = f->page->findChildren<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
    QCOMPARE(boxes.size(), 2);
    boxes.at(1)->click(); // the not-verified Adaptive MFA warning
    target = dir.filePath(QStringLiteral("readiness.html"));
    QTest::mouseClick(htmlButton, Qt::LeftButton);
    QCOMPARE(asked.at(asked.size() - 3), QStringLiteral("Export the report as HTML"));
    QVERIFY(asked.at(asked.size() - 2).endsWith(u".html"));
    QFile html(target);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(page.contains(u"<p class=\"ack\">Acknowledged by the admin on the Review step.</p>"));
    QVERIFY(page.contains(u"<tr><td>Macs</td><td>Mac</td>"));
    QCOMPARE(page.count(u"Acknowledged"), 1);

    // A folder that cannot be written: the page says so, with the controller's sentence.
    target = dir.filePath(QStringLiteral("readiness.json")) + QStringLiteral("/x.json");
    QTest::mouseClick(jsonButton, Qt::LeftButton);
    QVERIFY2(status->text().startsWith(QStringLiteral("Could not save the report to %1: ")
                                           .arg(QDir::toNativeSeparators(target))),
             qPrintable(status->text()));
    QVERIFY(status->text().endsWith(u"and export again."));
}

void TestReviewPage::fitsTheMinimumWizardSize()
{
    auto f = open({ fastPassOff(), autoAppMissing(), rolesUnreadable(), adaptiveMfaInferred() });
    f->wizard.resize(640, 480);
    QVERIFY(QTest::qWaitForWindowExposed(&f->wizard));
    QCOMPARE(f->wizard.size(), QSize(640, 480));
    auto *scroll = f->page->findChild<QScrollArea *>(QStringLiteral("itemScroll"));
    // Cards wrap instead of widening the page: no horizontal scrolling, nothing cut off.
    QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    for (QFrame *card : cards(f->page)) {
        QVERIFY(card->geometry().right() < scroll->widget()->width());
        // Wrapped to the card's width: not cut off, and not padded out as if it were narrow.
        QVERIFY(card->hasHeightForWidth());
        QCOMPARE(card->height(), card->heightForWidth(card->width()));
        for (QLabel *l : card->findChildren<QLabel *>()) {
            if (l->wordWrap() && !l->text().isEmpty())
                QVERIFY2(l->height() == l->heightForWidth(l->width()), qPrintable(l->text()));
        }
    }
    // The export row stays reachable below the list.
    auto *jsonButton = f->page->findChild<QPushButton *>(QStringLiteral("exportJsonButton"));
    QVERIFY(jsonButton->isVisible());
    QVERIFY(jsonButton->mapTo(&f->wizard, QPoint(0, jsonButton->height())).y()
            <= f->wizard.button(QWizard::NextButton)->mapTo(&f->wizard, QPoint()).y());
}

bool TestReviewPage::saveShot(QWizard *wizard, const QString &name)
{
    const QPixmap shot = wizard->grab();
    if (shot.isNull())
        return false;
    const QString dir = qEnvironmentVariable("ODT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return shot.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestReviewPage::renderSamples()
{
    {
        auto f = open({ engineOk(), fastPassOff(), autoAppMissing(), rolesUnreadable(),
                        adaptiveMfaInferred() });
        f->wizard.resize(640, 480);
        QVERIFY(QTest::qWaitForWindowExposed(&f->wizard));
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-blockers-640x480")));
        f->wizard.resize(760, 560);
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-blockers-760x560")));
        f->wizard.resize(640, 480);
        auto *scroll = f->page->findChild<QScrollArea *>(QStringLiteral("itemScroll"));
        QTRY_COMPARE(f->wizard.size(), QSize(640, 480));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-blockers-scrolled-640x480")));
    }
    {
        CheckResult books = autoAppMissing();
        books.status = CheckStatus::Warn;
        books.findings[0].status = CheckStatus::Warn;
        auto f = open({ engineOk(), books, adaptiveMfaInferred() });
        f->page->findChildren<QCheckBox *>(QStringLiteral("acknowledgeCheck")).at(0)->click();
        f->wizard.resize(640, 480);
        QVERIFY(QTest::qWaitForWindowExposed(&f->wizard));
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-warnings-640x480")));
    }
    {
        auto f
            = open({ engineOk(), fastPassOff(), adaptiveMfaInferred() }, Session::Mode::CheckOnly);
        f->page->setFileChooser([](const QString &, const QString &, const QString &,
                                   const std::function<void(const QString &)> &chosen) {
            chosen(QStringLiteral("/nonexistent-folder/odt-readiness.html"));
        });
        f->wizard.resize(640, 480);
        QVERIFY(QTest::qWaitForWindowExposed(&f->wizard));
        f->page->findChild<QPushButton *>(QStringLiteral("exportHtmlButton"))->click();
        auto *status = f->page->findChild<QLabel *>(QStringLiteral("exportStatusLabel"));
        QVERIFY(status->text().startsWith(u"Could not save the report"));
        // The whole sentence shows, however long the path.
        QTRY_VERIFY(status->isVisible()
                    && status->height() >= status->heightForWidth(status->width()));
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-checkonly-640x480")));
    }
    {
        auto f = open({ engineOk() });
        f->wizard.resize(640, 480);
        QVERIFY(QTest::qWaitForWindowExposed(&f->wizard));
        QVERIFY(saveShot(&f->wizard, QStringLiteral("review-allclear-640x480")));
    }
}

ODT_TEST_WIDGETS_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
