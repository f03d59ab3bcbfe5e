// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"

#include <QFrame>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class WrappingLabel;
class QPushButton;
class QTimer;

// A ConnectionReport for people: the verdict in plain words (icon and text), each stage with its
// result and time, the TLS facts, the server's chain, the account and its TLS requirement, and
// what went wrong and what to do. Also shows a test while it runs: stages appear with a spinner
// and turn into a passed or failed icon with their time.
class TestReportView : public QWidget
{
    Q_OBJECT
public:
    explicit TestReportView(QWidget *parent = nullptr);

    // Shows every stage as pending and the banner as "testing"; through an SSH jump host
    // (`via`: its user@host:port) with the SSH stages.
    void beginLive(const QString &address, const QString &via = {});
    void updateStage(const TestStage &stage);
    void setReport(const ConnectionReport &report);
    void clear();

    // One stage as shown: its status icon (none while waiting, running or skipped), its result
    // in words, its time and its detail (under the stage's title, wrapped).
    struct ShownStage
    {
        TestStage::Id id = TestStage::Id::Resolve;
        TestStage::Status status = TestStage::Status::Pending;
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *result = nullptr;
        QLabel *time = nullptr;
        WrappingLabel *detail = nullptr;
    };

    bool hasReport() const { return m_hasReport; }
    const ConnectionReport &report() const { return m_report; }
    QString bannerText() const;
    // The banner's title: the verdict in a few words, or "Testing…".
    QLabel *bannerTitle() const { return m_bannerTitle; }
    QLabel *bannerIcon() const { return m_bannerIcon; }
    // The stages, a row each with the detail under the title: fits a narrow pane.
    QWidget *stageList() const { return m_stages; }
    const QList<ShownStage> &shownStages() const { return m_rows; }
    QPushButton *copyButton() const { return m_copy; }
    // "Trust Host Key…": shown when the test stopped at an SSH jump host's unknown key.
    QPushButton *trustHostKeyButton() const { return m_trustHostKey; }
    // The stages listed, in order.
    QList<TestStage::Id> stageIds() const;

    // The verdict as one symbol (✓, ⚠, ✗) for text; VerdictIcon has its icon.
    static QString verdictSymbol(ConnectionReport::Verdict verdict);

Q_SIGNALS:
    // The user wants to see the SSH jump host's key and decide whether to trust it.
    void trustHostKeyRequested();

private:
    void setStages(const QList<TestStage::Id> &ids);
    void setBanner(const QIcon &icon, const QString &title, const QString &subtitle);
    ShownStage *rowFor(TestStage::Id id);
    void showStage(ShownStage &row, const TestStage &stage);
    void setResult(ShownStage &row, TestStage::Status status, const QString &text);
    void spin();
    // A running stage's result: the spinner's current frame and "running…".
    QString runningText() const;
    void addFact(const QString &label, const QString &value);

    ConnectionReport m_report;
    bool m_hasReport = false;
    int m_spinnerFrame = 0;
    QTimer *m_spinner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerTitle;
    WrappingLabel *m_bannerText;
    QFrame *m_stages;
    QGridLayout *m_stageGrid;
    QList<ShownStage> m_rows;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QPushButton *m_viewChain;
    QPushButton *m_trustHostKey;
    QWidget *m_explanationBox;
    WrappingLabel *m_explanation;
    QPushButton *m_copy;
};
