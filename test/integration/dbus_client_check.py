#!/usr/bin/python3
"""Drive the mesh-share agent over D-Bus the way a Sugar activity does.

Run with Debian's /usr/bin/python3 (python3-dbus and python3-gi), on the
session bus named by DBUS_SESSION_BUS_ADDRESS. Prints one JSON object on
stdout for dbus-service.test.ts to check; exits 0 even when a call fails,
so the test sees every result at once.

    dbus_client_check.py share FILE   Status, ShareEntry, ListShared, errors,
                                      calls without dbus_interface=, and the
                                      Shared + PropertiesChanged signals
    dbus_client_check.py unshare URL  Unshare, then the Unshared +
                                      PropertiesChanged signals
    dbus_client_check.py list         ListShared without dbus_interface=
"""

import base64
import json
import sys

import dbus
import dbus.mainloop.glib
from gi.repository import GLib

NAME = 'org.sugarlabs.MeshShare1'
PATH = '/org/sugarlabs/MeshShare1'
IFACE = 'org.sugarlabs.MeshShare1'
PROPS = 'org.freedesktop.DBus.Properties'
SIGNAL_TIMEOUT_S = 15

PREVIEW = b'\x89PNG\r\n\x1a\n\x00\xff preview'


def plain(value):
    """dbus-python types as JSON: ByteArray as base64 text, the rest as Python values."""
    if isinstance(value, (dbus.ByteArray, bytes)):
        return {'base64': base64.b64encode(bytes(value)).decode('ascii')}
    if isinstance(value, dbus.Array) and value.signature == 'y':
        return {'base64': base64.b64encode(bytes(bytearray(value))).decode('ascii')}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dbus.Boolean):
        return bool(value)
    if isinstance(value, (int, dbus.Byte)):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return repr(value)


def attempt(results, key, call):
    """Record a call's result or its D-Bus error name and message."""
    try:
        results[key] = {'ok': True, 'value': plain(call())}
    except dbus.exceptions.DBusException as error:
        results[key] = {'ok': False, 'name': error.get_dbus_name(), 'message': error.get_dbus_message()}


def wait_for(loop, seen, wanted):
    """Run the GLib main loop until every wanted signal arrived, or the timeout."""
    def check():
        if all(seen.get(name) for name in wanted):
            loop.quit()
            return False
        return True

    def give_up():
        loop.quit()
        return False

    GLib.timeout_add(20, check)
    GLib.timeout_add_seconds(SIGNAL_TIMEOUT_S, give_up)
    loop.run()


def main(argv):
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    loop = GLib.MainLoop()
    proxy = bus.get_object(NAME, PATH)
    agent = dbus.Interface(proxy, IFACE)
    results = {}
    seen = {'Shared': [], 'Unshared': [], 'PropertiesChanged': []}

    agent.connect_to_signal('Shared', lambda entry: seen['Shared'].append(plain(entry)))
    agent.connect_to_signal('Unshared', lambda url: seen['Unshared'].append(str(url)))
    bus.add_signal_receiver(
        lambda iface, changed, invalidated: seen['PropertiesChanged'].append(
            {'interface': str(iface), 'changed': plain(changed), 'invalidated': plain(invalidated)}),
        signal_name='PropertiesChanged', dbus_interface=PROPS, path=PATH)

    command = argv[1]
    if command == 'share':
        path = argv[2]
        attempt(results, 'status', lambda: agent.Status())
        attempt(results, 'count_before', lambda: proxy.Get(IFACE, 'SharedCount', dbus_interface=PROPS))
        metadata = dbus.Dictionary({
            'title': 'Mon dessin: fête à l\'école / 2',
            'mime_type': 'image/png',
            'activity': 'org.laptop.Oficina',
            'activity_id': '6f7b2c',
            'description': 'A <drawing> & "more"',
            'tags': 'art school',
            'timestamp': 1700000000,
            'preview': dbus.ByteArray(PREVIEW),
            'uid': 'ignored-unknown-key',
        }, signature='sv')
        attempt(results, 'share', lambda: agent.ShareEntry(path, metadata))
        attempt(results, 'list', lambda: agent.ListShared())
        # Sugar code often calls without dbus_interface=; dbus-python then sends no interface at all.
        attempt(results, 'status_no_interface', lambda: proxy.Status())
        attempt(results, 'list_no_interface', lambda: proxy.ListShared())
        attempt(results, 'unshare_unknown', lambda: agent.Unshare('https://127.0.0.1:1/never-shared.txt'))
        attempt(results, 'share_missing', lambda: agent.ShareEntry('/no/such/journal/entry', dbus.Dictionary({}, signature='sv')))
        attempt(results, 'share_bad_title', lambda: agent.ShareEntry(path, dbus.Dictionary({'title': 42}, signature='sv')))
        attempt(results, 'all_properties', lambda: proxy.GetAll(IFACE, dbus_interface=PROPS))
        wait_for(loop, seen, ['Shared', 'PropertiesChanged'])
    elif command == 'unshare':
        attempt(results, 'unshare', lambda: agent.Unshare(argv[2]))
        attempt(results, 'list', lambda: agent.ListShared())
        wait_for(loop, seen, ['Unshared', 'PropertiesChanged'])
    elif command == 'list':
        attempt(results, 'list_no_interface', lambda: proxy.ListShared())
    else:
        raise SystemExit('unknown command %r' % command)

    results['signals'] = seen
    results['preview_base64'] = base64.b64encode(PREVIEW).decode('ascii')
    print(json.dumps(results))


if __name__ == '__main__':
    main(sys.argv)
