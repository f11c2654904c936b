// SPDX-License-Identifier: Apache-2.0
// Time from process start to a main window that is on screen and painted,
// measured from outside the process, so any X11 program can be compared the
// same way (TokenDock, KeePassXC):
//
//   bench_firstwindow [--class NAME] [--min-size PX] [--timeout MS] -- COMMAND [ARG]...
//
// It starts COMMAND and prints "<mapped ms> <painted ms>", both counted from
// just before the fork: when its first top-level window of WM_CLASS NAME, at
// least PX wide and high, was mapped, and when what the program drew into
// that window had covered all of it (X DAMAGE reports every rectangle drawn
// into a window; Qt draws none of a window's background itself, so the first
// report is the program's own first frame). Then it ends the command (its
// process group).
//
// Why not `xdotool search --sync --onlyvisible`: it polls every 500 ms and
// stops at the map, before anything is drawn.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <string>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Windows vanish while we look at them; that is not an error here.
int ignoreXErrors(Display*, XErrorEvent*)
{
    return 0;
}

struct Options
{
    std::string windowClass;
    int minSize = 200;
    int timeoutMs = 30000;
    char** command = nullptr;
};

bool parse(int argc, char** argv, Options* o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--" && i + 1 < argc) {
            o->command = argv + i + 1;
            return true;
        }
        if (i + 1 >= argc)
            return false;
        if (a == "--class")
            o->windowClass = argv[++i];
        else if (a == "--min-size")
            o->minSize = std::atoi(argv[++i]);
        else if (a == "--timeout")
            o->timeoutMs = std::atoi(argv[++i]);
        else
            return false;
    }
    return false;
}

bool classMatches(Display* dpy, Window w, const std::string& wanted)
{
    if (wanted.empty())
        return true;
    XClassHint hint{};
    if (!XGetClassHint(dpy, w, &hint))
        return false;
    const bool match = (hint.res_name && strcasecmp(hint.res_name, wanted.c_str()) == 0) ||
                       (hint.res_class && strcasecmp(hint.res_class, wanted.c_str()) == 0);
    if (hint.res_name)
        XFree(hint.res_name);
    if (hint.res_class)
        XFree(hint.res_class);
    return match;
}

// A mapped, large enough window of the wanted class.
bool isMainWindow(Display* dpy, Window w, const Options& o)
{
    XWindowAttributes attrs{};
    if (!XGetWindowAttributes(dpy, w, &attrs) || attrs.map_state != IsViewable ||
        attrs.override_redirect)
        return false;
    return attrs.width >= o.minSize && attrs.height >= o.minSize &&
           classMatches(dpy, w, o.windowClass);
}

void endChild(pid_t pid)
{
    kill(-pid, SIGTERM);
    for (int i = 0; i < 500; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        usleep(10000);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

// Waits for the next X event until the deadline; false on timeout or child exit.
bool nextEvent(Display* dpy, XEvent* e, double deadline, pid_t child)
{
    while (!XPending(dpy)) {
        if (waitpid(child, nullptr, WNOHANG) == child) {
            std::fprintf(stderr, "bench_firstwindow: the command ended before its window showed\n");
            return false;
        }
        const double left = deadline - nowMs();
        if (left <= 0)
            return false;
        pollfd fd{ConnectionNumber(dpy), POLLIN, 0};
        poll(&fd, 1, left < 50 ? int(left) + 1 : 50);
    }
    XNextEvent(dpy, e);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, &o)) {
        std::fprintf(stderr, "usage: bench_firstwindow [--class NAME] [--min-size PX] "
                             "[--timeout MS] -- COMMAND [ARG]...\n");
        return 2;
    }
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "bench_firstwindow: cannot open the X display\n");
        return 2;
    }
    XSetErrorHandler(ignoreXErrors);
    fcntl(ConnectionNumber(dpy), F_SETFD, FD_CLOEXEC);
    const Window root = DefaultRootWindow(dpy);
    int damageEvent = 0;
    int damageError = 0;
    if (!XDamageQueryExtension(dpy, &damageEvent, &damageError)) {
        std::fprintf(stderr, "bench_firstwindow: the X server has no DAMAGE extension\n");
        return 2;
    }
    // new top-level windows
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);

    const double start = nowMs();
    const pid_t child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        setpgid(0, 0);
        execvp(o.command[0], o.command);
        std::fprintf(stderr, "bench_firstwindow: cannot run %s: %s\n", o.command[0],
                     std::strerror(errno));
        _exit(127);
    }
    setpgid(child, child);
    const double deadline = start + o.timeoutMs;

    // per top-level window: how much of it has been drawn, and since when all of it
    struct Drawn
    {
        int left = INT_MAX;
        int top = INT_MAX;
        int right = 0;
        int bottom = 0;
        double complete = 0;
    };
    std::map<Window, Drawn> candidates;
    Window found = 0;
    double mapped = 0;
    XEvent e;
    while (!found || candidates[found].complete == 0) {
        if (!nextEvent(dpy, &e, deadline, child)) {
            std::fprintf(stderr, "bench_firstwindow: no painted window within %d ms\n",
                         o.timeoutMs);
            endChild(child);
            return 1;
        }
        if (e.type == damageEvent + XDamageNotify) {
            const auto* d = reinterpret_cast<const XDamageNotifyEvent*>(&e);
            Drawn& drawn = candidates[d->drawable];
            drawn.left = std::min(drawn.left, int(d->area.x));
            drawn.top = std::min(drawn.top, int(d->area.y));
            drawn.right = std::max(drawn.right, d->area.x + d->area.width);
            drawn.bottom = std::max(drawn.bottom, d->area.y + d->area.height);
            if (drawn.complete == 0 && drawn.left <= 0 && drawn.top <= 0 &&
                drawn.right >= d->geometry.width && drawn.bottom >= d->geometry.height)
                drawn.complete = nowMs();
            continue;
        }
        if (found)
            continue;
        if (e.type == CreateNotify && !e.xcreatewindow.override_redirect) {
            const Window w = e.xcreatewindow.window;
            candidates[w] = Drawn();
            XSelectInput(dpy, w, StructureNotifyMask);
            XDamageCreate(dpy, w, XDamageReportRawRectangles);
            XSync(dpy, False); // it may have been mapped before we listened: look now
        } else if (e.type != MapNotify) {
            continue;
        }
        // a window manager maps its frame after the window: any map may be the one
        for (const auto& c : candidates) {
            if (isMainWindow(dpy, c.first, o)) {
                found = c.first;
                mapped = nowMs() - start;
                break;
            }
        }
    }
    const double painted = candidates[found].complete - start;
    std::printf("%.1f %.1f\n", mapped, painted);
    std::fflush(stdout);
    endChild(child);
    XCloseDisplay(dpy);
    return 0;
}
