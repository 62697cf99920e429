#!/usr/bin/python3
"""Share a Journal entry with the mesh-share agent, the way a Sugar activity does.

    send_journal_entry.py FILE [--title T] [--description D] [--tags T] [--preview PNG]
    send_journal_entry.py FILE --unshare [--title T]

The first form asks the agent (org.sugarlabs.MeshShare1 on the session bus)
to put FILE in the share with Journal metadata, prints the HTTPS URL
classmates can open, and the Shared signal the agent sends to everyone. The
second form undoes it: it removes what was shared under that title (or FILE
may be the URL the first form printed).

Everything is asynchronous (reply_handler / error_handler and a GLib main
loop), because an activity must never block its user interface waiting for
another process. In an activity the main loop is Gtk's and already runs;
here the script runs one itself and quits it when it is done.

Exit status: 0 done, 1 the agent refused (the reason is printed),
2 wrong usage, 3 no agent is running or there is no session bus.

Needs python3-dbus and python3-gi (Sugar has both).
"""

import argparse
import base64
import mimetypes
import os
import sys
import time
import uuid

import dbus
import dbus.mainloop.glib
from gi.repository import GLib

# Where the agent lives on the session bus.
BUS_NAME = 'org.sugarlabs.MeshShare1'
OBJECT_PATH = '/org/sugarlabs/MeshShare1'
INTERFACE = 'org.sugarlabs.MeshShare1'

# An activity would pass self.get_bundle_id() and self.get_id() here.
ACTIVITY = 'org.laptop.Oficina'

# A 1x1 PNG, used as the preview when --preview is not given. The Journal
# keeps a small PNG thumbnail of every entry; the agent stores it with the file.
TINY_PNG = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')

# Copying a large entry can take a while on an XO: allow more than dbus-python's 25 s.
CALL_TIMEOUT_S = 120
# After the reply, how long to wait for the matching signal.
SIGNAL_WAIT_S = 5

NO_AGENT = ('No mesh-share agent is running on this session bus. '
            'Start one with: mesh-share agent (or: systemctl --user start mesh-share)')

# The agent's errors are org.sugarlabs.MeshShare1.Error.<Name>; their
# message is already a sentence for people, we only say what kind it is.
FRIENDLY = {
    'NotFound': 'Not found',
    'InvalidArgs': 'The agent did not accept this',
    'Denied': 'Not allowed',
    'Busy': 'The agent is busy, try again in a moment',
    'Failed': 'It did not work',
}


def say_error(text):
    sys.stderr.write('%s: %s\n' % (os.path.basename(sys.argv[0]), text))


class Run(object):
    """The main loop and how it ended."""

    def __init__(self):
        self.loop = GLib.MainLoop()
        self.exit_code = 0
        self.waiting = False

    def finish(self, exit_code=0):
        self.exit_code = exit_code
        self.loop.quit()

    def fail(self, error):
        """An error_handler: explain a D-Bus error to a person, then stop."""
        name = error.get_dbus_name() or ''
        if name in ('org.freedesktop.DBus.Error.ServiceUnknown',
                    'org.freedesktop.DBus.Error.NameHasNoOwner'):
            # Nobody owns the name (and D-Bus activation could not start the agent).
            say_error(NO_AGENT)
            self.finish(3)
            return
        if name.startswith(INTERFACE + '.Error.'):
            kind = name[len(INTERFACE + '.Error.'):]
            say_error('%s: %s' % (FRIENDLY.get(kind, 'The agent refused'), error.get_dbus_message()))
        elif name == 'org.freedesktop.DBus.Error.NoReply':
            say_error('The agent did not answer in time.')
        else:
            say_error('D-Bus error %s: %s' % (name, error.get_dbus_message()))
        self.finish(1)

    def wait_for_signal(self, what):
        """The reply came; give the signal a moment to arrive, then stop anyway."""
        if self.waiting:
            return
        self.waiting = True

        def give_up():
            say_error('(no %s signal within %d s)' % (what, SIGNAL_WAIT_S))
            self.finish(0)
            return False
        GLib.timeout_add_seconds(SIGNAL_WAIT_S, give_up)


def journal_metadata(path, args):
    """The dictionary a Journal entry carries, as ShareEntry takes it (a{sv})."""
    if args.preview:
        with open(args.preview, 'rb') as png:
            preview = png.read()
    else:
        preview = TINY_PNG
    return dbus.Dictionary({
        'title': args.title or os.path.basename(path),
        'mime_type': mimetypes.guess_type(path)[0] or 'application/octet-stream',
        'activity': ACTIVITY,
        'activity_id': uuid.uuid4().hex,
        'description': args.description,
        'tags': args.tags,
        # Seconds since 1970, as the Journal stores it; Int64 so it is sent as 'x'.
        'timestamp': dbus.Int64(int(time.time())),
        # Bytes must be a ByteArray ('ay'); a plain str would be sent as text.
        'preview': dbus.ByteArray(preview),
    }, signature='sv')


def share(agent, args, run):
    path = os.path.abspath(args.file)  # the agent wants a full path
    seen = set()  # URLs announced by Shared signals
    mine = []     # the URL ShareEntry returned, once it has

    def on_shared(entry):
        # Every client of the agent hears this, for every share (not only ours).
        url = str(entry['url'])
        print('Signal Shared: %s (title "%s", %d bytes)' % (url, entry.get('title', ''), int(entry.get('size', 0))))
        seen.add(url)
        if url in mine:
            run.finish(0)

    def on_reply(url):
        print('Shared: %s' % url)
        mine.append(str(url))
        if str(url) in seen:  # the signal may come before the reply
            run.finish(0)
        else:
            run.wait_for_signal('Shared')

    agent.connect_to_signal('Shared', on_shared)
    agent.ShareEntry(path, journal_metadata(path, args),
                     reply_handler=on_reply, error_handler=run.fail,
                     timeout=CALL_TIMEOUT_S)


def unshare(agent, args, run):
    no_reply = set()   # URLs whose Unshare call has not returned yet
    no_signal = set()  # URLs whose Unshared signal has not come yet

    def check():
        # Replies and signals travel separately: either may come first.
        if no_reply:
            return
        if no_signal:
            run.wait_for_signal('Unshared')
        else:
            run.finish(0)

    def on_unshared(url):
        print('Signal Unshared: %s' % url)
        if str(url) in no_signal:
            no_signal.discard(str(url))
            check()

    def on_reply(url):
        print('Unshared: %s' % url)
        no_reply.discard(url)
        check()

    def remove(urls):
        no_reply.update(urls)
        no_signal.update(urls)
        for url in urls:
            # Unshare returns nothing; the default argument keeps each URL.
            agent.Unshare(url, reply_handler=lambda url=url: on_reply(url),
                          error_handler=run.fail)

    def on_list(entries):
        # ListShared gives one dictionary per entry: url, name, title, size, ...
        title = args.title or os.path.basename(args.file)
        urls = [str(e['url']) for e in entries if str(e.get('title', '')) == title]
        if urls:
            remove(urls)
        else:
            say_error('Nothing titled "%s" is shared.' % title)
            run.finish(1)

    agent.connect_to_signal('Unshared', on_unshared)
    if args.file.startswith('https://'):
        remove([args.file])
    else:
        agent.ListShared(reply_handler=on_list, error_handler=run.fail)


def main():
    parser = argparse.ArgumentParser(description='Share a file with the mesh-share agent, as a Sugar activity would.')
    parser.add_argument('file', metavar='FILE', help='the file to share (with --unshare: the same FILE, or the URL printed when sharing)')
    parser.add_argument('--title', metavar='T', help='the Journal title (default: the file name)')
    parser.add_argument('--description', metavar='D', default='', help='the Journal description')
    parser.add_argument('--tags', metavar='T', default='', help='the Journal tags, separated by spaces')
    parser.add_argument('--preview', metavar='PNG', help='a small PNG to send as the preview')
    parser.add_argument('--unshare', action='store_true', help='remove what was shared instead')
    args = parser.parse_args()

    # Before the first connection: dbus-python delivers replies and signals through GLib.
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    try:
        bus = dbus.SessionBus()
    except dbus.exceptions.DBusException as error:
        say_error('There is no D-Bus session bus (%s).' % error.get_dbus_message())
        return 3

    run = Run()
    try:
        # Asks the bus who owns the name; if nobody does and the agent's D-Bus
        # activation file is installed, the bus starts the agent first.
        proxy = bus.get_object(BUS_NAME, OBJECT_PATH)
    except dbus.exceptions.DBusException as error:
        run.fail(error)
        return run.exit_code
    # The Interface wrapper sends every call with dbus_interface=INTERFACE.
    agent = dbus.Interface(proxy, INTERFACE)

    if args.unshare:
        unshare(agent, args, run)
    else:
        try:
            share(agent, args, run)
        except IOError as error:  # --preview could not be read
            say_error('Cannot read the preview: %s' % error)
            return 2
    run.loop.run()
    return run.exit_code


if __name__ == '__main__':
    sys.exit(main())
