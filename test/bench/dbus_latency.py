#!/usr/bin/python3
"""Time D-Bus round trips to the mesh-share agent from dbus-python.

Driven by dbus-latency.ts (which starts a private bus and an agent); run
with Debian's /usr/bin/python3 on the bus named by DBUS_SESSION_BUS_ADDRESS.

    dbus_latency.py [--calls N] [--warmup N]

Makes synchronous (blocking) calls through dbus.Interface proxies, as a
Sugar activity would write them:

    status      org.sugarlabs.MeshShare1.Status() on the agent
    ping_agent  org.freedesktop.DBus.Peer.Ping() on the agent's name, when
                the agent's D-Bus library answers it (dbus-next does)
    ping_bus    org.freedesktop.DBus.Peer.Ping() on the bus daemon itself

The kinds are interleaved call by call (the order rotates), so a change in
CPU speed during the run touches them all alike. Prints one JSON object:
each kind's round trips in nanoseconds, and which Ping is the reference.
"""

import argparse
import json
import sys
import time

import dbus

NAME = 'org.sugarlabs.MeshShare1'
PATH = '/org/sugarlabs/MeshShare1'
IFACE = 'org.sugarlabs.MeshShare1'
PEER = 'org.freedesktop.DBus.Peer'
NOT_IMPLEMENTED = (
    'org.freedesktop.DBus.Error.UnknownMethod',
    'org.freedesktop.DBus.Error.UnknownInterface',
    'org.freedesktop.DBus.Error.UnknownObject',
)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--calls', type=int, default=1000)
    parser.add_argument('--warmup', type=int, default=50)
    args = parser.parse_args()

    bus = dbus.SessionBus()
    proxy = bus.get_object(NAME, PATH)
    calls = {
        'status': dbus.Interface(proxy, IFACE).Status,
        'ping_bus': dbus.Interface(bus.get_object('org.freedesktop.DBus', '/org/freedesktop/DBus'), PEER).Ping,
    }

    # Does the agent answer Peer.Ping itself? If not, the bus daemon's Ping is the reference.
    agent_ping = dbus.Interface(proxy, PEER).Ping
    ping_agent_error = None
    try:
        agent_ping()
        calls['ping_agent'] = agent_ping
        reference = 'ping_agent'
    except dbus.exceptions.DBusException as error:
        if error.get_dbus_name() not in NOT_IMPLEMENTED:
            raise
        ping_agent_error = '%s: %s' % (error.get_dbus_name(), error.get_dbus_message())
        reference = 'ping_bus'

    status = calls['status']()
    kinds = sorted(calls)
    samples = dict((kind, []) for kind in kinds)
    clock = time.perf_counter_ns
    for i in range(args.warmup + args.calls):
        shift = i % len(kinds)
        for kind in kinds[shift:] + kinds[:shift]:
            call = calls[kind]
            start = clock()
            call()
            elapsed = clock() - start
            if i >= args.warmup:
                samples[kind].append(elapsed)

    json.dump({
        'reference': reference,
        'ping_agent_error': ping_agent_error,
        'python': sys.version.split()[0],
        'dbus_python': dbus.__version__,
        'status_keys': sorted(str(key) for key in status),
        'calls': args.calls,
        'warmup': args.warmup,
        'samples_ns': samples,
    }, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
