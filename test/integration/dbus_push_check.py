#!/usr/bin/python3
"""Send and receive files over D-Bus the way a Sugar activity does.

Run with Debian's /usr/bin/python3 (python3-dbus, python3-gi) on the session
bus named by DBUS_SESSION_BUS_ADDRESS. Prints one JSON object on stdout for
send-dbus.test.ts to check.

    dbus_push_check.py receive SECONDS
        Accepts the first offer (OfferReceived -> AcceptOffer) and prints the
        offer and the first FileReceived, or {"timeout": true}.
    dbus_push_check.py send FILE RECIPIENT SECONDS
        SendTo([FILE], [RECIPIENT], Journal metadata), then prints the
        transfer id, the TransferProgress signals seen for it, the
        TransferFinished report, and ListTransfers' entry for it.
    dbus_push_check.py errors
        SendTo with mistakes; prints each error's D-Bus name and message.
"""

import json
import sys

import dbus
import dbus.mainloop.glib
from gi.repository import GLib

NAME = 'org.sugarlabs.MeshShare1'
PATH = '/org/sugarlabs/MeshShare1'
IFACE = 'org.sugarlabs.MeshShare1'


def plain(value):
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dbus.Boolean):
        return bool(value)
    if isinstance(value, (int, dbus.UInt64, dbus.Int64, dbus.UInt32, dbus.Int32)):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def agent():
    bus = dbus.SessionBus()
    return dbus.Interface(bus.get_object(NAME, PATH), IFACE)


def receive(seconds):
    proxy = agent()
    loop = GLib.MainLoop()
    result = {'timeout': True}

    def on_offer(offer):
        result['offer'] = plain(offer)
        proxy.AcceptOffer(offer['id'])

    def on_file(file):
        result.pop('timeout', None)
        result['file'] = plain(file)
        loop.quit()

    proxy.connect_to_signal('OfferReceived', on_offer)
    proxy.connect_to_signal('FileReceived', on_file)
    GLib.timeout_add_seconds(seconds, loop.quit)
    # Ready to be offered: the test starts the sender only after this line.
    print('listening', file=sys.stderr, flush=True)
    loop.run()
    print(json.dumps(result))


def send(path, recipient, seconds):
    proxy = agent()
    loop = GLib.MainLoop()
    progress = []
    result = {'timeout': True, 'progress': progress}
    pending = []

    def on_progress(transfer_id, peer_id, done, total):
        progress.append({'transfer_id': str(transfer_id), 'peer_id': str(peer_id), 'done': int(done), 'total': int(total),
                         'types': [type(done).__name__, type(total).__name__]})

    reports = []
    result['reports'] = reports

    def on_finished(transfer_id, report):
        if result.get('id') == str(transfer_id):
            finish(report)
        else:
            # The signal may come before SendTo's reply has been handled.
            pending.append((str(transfer_id), report))

    def finish(report):
        reports.append(plain(report))
        # Sent again each time no delivery runs: a child who has not accepted yet makes a report with held = 1 first.
        if int(report['held']) + int(report['waiting']) > 0:
            return
        result.pop('timeout', None)
        result['report'] = plain(report)
        listed = [plain(t) for t in proxy.ListTransfers() if str(t['id']) == result['id']]
        result['listed'] = listed[0] if listed else None
        loop.quit()

    proxy.connect_to_signal('TransferProgress', on_progress)
    proxy.connect_to_signal('TransferFinished', on_finished)

    def sent(transfer_id):
        result['id'] = str(transfer_id)
        for tid, report in pending:
            if tid == result['id']:
                finish(report)

    def failed(error):
        result['error'] = [error.get_dbus_name(), error.get_dbus_message()]
        loop.quit()

    metadata = {'title': 'Counting sheep', 'mime_type': 'application/pdf', 'activity': 'org.laptop.Read',
                'tags': dbus.Array(['maths', 'sheep'], signature='s'), 'timestamp': dbus.Int64(1700000000)}
    proxy.SendTo([path], [recipient], metadata, reply_handler=sent, error_handler=failed, timeout=600)
    GLib.timeout_add_seconds(seconds, loop.quit)
    loop.run()
    print(json.dumps(result))


def errors():
    proxy = agent()
    out = {}
    cases = {
        'relative': (['notes.txt'], ['all']),
        'missing': (['/nonexistent/notes.txt'], ['all']),
        'unknown': (['/etc/hostname'], ['Nobody-Here']),
        'nobody': (['/etc/hostname'], []),
    }
    for name, (paths, recipients) in cases.items():
        try:
            proxy.SendTo(paths, dbus.Array(recipients, signature='s'), dbus.Dictionary({}, signature='sv'))
            out[name] = None
        except dbus.DBusException as error:
            out[name] = [error.get_dbus_name(), error.get_dbus_message()]
    for name, call in {'accept': lambda: proxy.AcceptOffer('ZZZZZZZZ'), 'cancel': lambda: proxy.CancelTransfer('0' * 32),
                       'trust': lambda: proxy.TrustPeer('not a peer id')}.items():
        try:
            call()
            out[name] = None
        except dbus.DBusException as error:
            out[name] = [error.get_dbus_name(), error.get_dbus_message()]
    print(json.dumps(out))


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    mode = sys.argv[1]
    if mode == 'receive':
        receive(int(sys.argv[2]))
    elif mode == 'send':
        send(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif mode == 'errors':
        errors()
    else:
        sys.exit('usage: dbus_push_check.py receive SECONDS | send FILE RECIPIENT SECONDS | errors')


if __name__ == '__main__':
    main()
