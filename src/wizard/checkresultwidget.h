#pragma once

#include "core/checkresult.h"

#include <QFrame>
#include <QUrl>

#include <memory>

namespace Ui {
class CheckResultWidget;
}

namespace odt::wizard {

// One check's row on a readiness page: status icon, title, confidence, detail, its findings per
// Blueprint (each with its platforms, status and confidence; passing ones folded away), what to
// do, a console or help link, the evidence (folded away), and a confirm button for what no API
// can settle.
class CheckResultWidget : public QFrame
{
    Q_OBJECT
public:
    explicit CheckResultWidget(QWidget *parent = nullptr);
    ~CheckResultWidget() override;

    // `running`: the check has not answered yet (the result is a placeholder).
    void setResult(const CheckResult &result, bool running = false);
    // Where to fix things when the result names no link of its own (shown unless it passes).
    void setConsoleUrl(const QUrl &url);
    // Off for outcomes of an action, where "verified" or "inferred" would mean nothing.
    void setShowsConfidence(bool shows);
    // The words of the console link (e.g. "Open Iru Endpoint"); the Okta wording by default.
    void setConsoleLinkText(const QString &text);

    static QString confidenceText(Confidence confidence);

Q_SIGNALS:
    void confirmRequested(const QString &checkId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void renderFindings();
    void fitEvidence();

    std::unique_ptr<Ui::CheckResultWidget> ui;
    CheckResult m_result;
    bool m_running = false;
    bool m_showsConfidence = true;
    QUrl m_consoleUrl;
    QString m_consoleLinkText;
};

} // namespace odt::wizard
