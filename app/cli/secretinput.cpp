// SPDX-License-Identifier: Apache-2.0
#include "secretinput.h"

#include "clisession.h"

#include <cerrno>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace {

#if defined(Q_OS_UNIX)
termios g_savedTerminal;
volatile sig_atomic_t g_echoIsOff = 0;
constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
constexpr int kSignalCount = int(sizeof(kRestoringSignals) / sizeof(kRestoringSignals[0]));

// Puts the terminal back before the signal's default action ends the process.
void restoreTerminalAndReraise(int signalNumber)
{
    if (g_echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoIsOff = 0;
    }
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < kSignalCount; ++i)
            sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        g_echoIsOff = 1;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoIsOff = 0;
        for (int i = 0; i < kSignalCount; ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return m_active; }

private:
    struct sigaction m_previous[kSignalCount] = {};
    bool m_active = false;
};

long readByte(char* c)
{
    return long(::read(STDIN_FILENO, c, 1));
}
#elif defined(Q_OS_WIN)
class EchoOff
{
public:
    EchoOff()
    {
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
    ~EchoOff()
    {
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return m_active; }

private:
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
    bool m_active = false;
};

long readByte(char* c)
{
    return long(_read(0, c, 1));
}
#endif

// Reads up to a line break (or, for a whole text, to the end of input) into
// one preallocated buffer, so no stray copy of a secret is left behind by a
// reallocation.
SecretInput::Line readInput(bool oneLine, qsizetype maxBytes)
{
    SecretInput::Line line;
    QByteArray buffer;
    buffer.reserve(maxBytes + 1);
    bool anything = false;
    for (;;) {
        char c = 0;
        const long n = readByte(&c);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            wipe(buffer);
            line.status = SecretInput::Status::Failed;
            return line;
        }
        if (n == 0) {
            if (!anything) {
                line.status = SecretInput::Status::EndOfInput;
                return line;
            }
            break;
        }
        anything = true;
        if (oneLine && c == '\n')
            break;
        if (buffer.size() >= maxBytes) {
            wipe(buffer);
            line.status = SecretInput::Status::TooLong;
            return line;
        }
        buffer.append(c);
    }
    if (oneLine && buffer.endsWith('\r'))
        buffer.chop(1);
    line.value = SecretBytes(buffer);
    wipe(buffer);
    line.status = SecretInput::Status::Ok;
    return line;
}

SecretInput::Line readLine()
{
    return readInput(true, SecretInput::kMaxLineBytes);
}

} // namespace

bool SecretInput::stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(0) != 0;
#else
    return false;
#endif
}

SecretInput::Line SecretInput::readSecret(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readLine();
    Line line;
    {
        // echo goes off before the prompt shows, so nothing typed after it is echoed
        EchoOff quiet;
        CliSession::err(prompt);
        line = readLine();
    }
    // the user's Enter was not echoed
    CliSession::err(QStringLiteral("\n"));
    return line;
}

QString SecretInput::readAnswer(const QString& prompt)
{
    CliSession::err(prompt);
    const Line line = readLine();
    return line.status == Status::Ok ? QString::fromUtf8(line.value.expose()).trimmed() : QString();
}

SecretInput::Line SecretInput::readText(const QString& prompt, qsizetype maxBytes)
{
    if (!stdinIsTerminal())
        return readInput(false, maxBytes);
    Line text;
    {
        // pasted credentials are secrets: not echoed, like a typed secret
        EchoOff quiet;
        CliSession::err(prompt);
        text = readInput(false, maxBytes);
    }
    CliSession::err(QStringLiteral("\n"));
    return text;
}
