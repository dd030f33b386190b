#pragma once

#include <QApplication>
#include <QTest>
#include <QtCrypto>

// Like QTEST_MAIN / QTEST_GUILESS_MAIN, with QCA initialised before the application object, as the
// app's own main() does.
#define ODT_TEST_MAIN_IMPL(TestObject, AppType)                                                    \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCA::Initializer qcaInit;                                                                  \
        AppType app(argc, argv);                                                                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

#define ODT_TEST_GUILESS_MAIN(TestObject) ODT_TEST_MAIN_IMPL(TestObject, QCoreApplication)
#define ODT_TEST_WIDGETS_MAIN(TestObject) ODT_TEST_MAIN_IMPL(TestObject, QApplication)
