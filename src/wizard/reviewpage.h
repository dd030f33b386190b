#pragma once

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ReviewPage;
}

namespace odt {
class ReviewController;
struct ReviewItem;
} // namespace odt

namespace odt::wizard {

// The "Review" step: one card per missing or unknown prerequisite (Okta and Iru), blockers on
// top, a checkbox on each warning, and the report export. All state lives in ReviewController.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    // Asks where to save; calls `chosen` with the path, or never when the admin cancels.
    // Asynchronous so the default (a window-modal QFileDialog) needs no nested event loop.
    using FileChooser = std::function<void(const QString &caption, const QString &suggestedPath,
                                           const QString &filter,
                                           const std::function<void(const QString &path)> &chosen)>;

    explicit ReviewPage(ReviewController *controller, QWidget *parent = nullptr);
    ~ReviewPage() override;

    // Tests replace the file dialog; the export itself always goes through the controller.
    void setFileChooser(FileChooser chooser);

    void initializePage() override;
    bool isComplete() const override;
    // In "Check readiness only" mode the wizard ends here.
    int nextId() const override;

private:
    void rebuildCards();
    QWidget *createCard(int index, const ReviewItem &item);
    void renderSummary();
    void exportReport(bool html);
    void showExportResult(bool ok, const QString &message);

    std::unique_ptr<Ui::ReviewPage> ui;
    ReviewController *m_controller;
    FileChooser m_chooser;
    QString m_exportDir;
    QList<QWidget *> m_cards;
};

} // namespace odt::wizard
