#!/usr/bin/python3
"""python3-zeroconf (Debian) as a second DNS-SD implementation we did not write.

  zeroconf_peer.py buddy IP      publish a Salut buddy (_presence._tcp) on IP;
                                 then read commands from stdin:
                                 "update" changes its TXT in place, "quit"
                                 unregisters (goodbye) and exits.
  zeroconf_peer.py browse IP TYPE SECONDS
                                 print one JSON line per service of TYPE found
                                 within SECONDS, TXT values as hex.
"""
import json
import socket
import sys
import time

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, Zeroconf

PRESENCE = "_presence._tcp.local."


def say(event, **fields):
    print(json.dumps({"event": event, **fields}), flush=True)


def zoe_info(ip, properties):
    return ServiceInfo(
        PRESENCE,
        "zoe@xo-zoe." + PRESENCE,
        addresses=[socket.inet_aton(ip)],
        port=5298,
        properties=dict(properties),
        server="xo-zoe.local.",
    )


def buddy(ip):
    zc = Zeroconf(interfaces=[ip], ip_version=IPVersion.V4Only)
    properties = {
        b"txtvers": b"1",
        b"port.p2pj": b"5298",
        b"nick": b"Zoe",
        b"1st": b"Zoe",
        b"last": b"",
        b"status": b"avail",
        b"olpc-color": b"#AC32FF,#5E008C",
        b"olpc-key-part0": bytes([0, 1, 2, 250, 251, 61]),
    }
    info = zoe_info(ip, properties)
    zc.register_service(info)
    say("registered")
    for line in sys.stdin:
        command = line.strip()
        if command == "update":
            properties[b"nick"] = b"Zoe R"
            properties[b"status"] = b"away"
            properties[b"msg"] = b"reading"
            info = zoe_info(ip, properties)
            zc.update_service(info)
            say("updated")
        elif command == "quit":
            break
    zc.unregister_service(info)
    zc.close()
    say("unregistered")


def browse(ip, type_, seconds):
    zc = Zeroconf(interfaces=[ip], ip_version=IPVersion.V4Only)
    names = set()

    class Listener:
        def add_service(self, zc_, t, name):
            names.add(name)

        def update_service(self, zc_, t, name):
            names.add(name)

        def remove_service(self, zc_, t, name):
            pass

    ServiceBrowser(zc, type_, Listener())
    time.sleep(seconds)
    for name in sorted(names):
        info = zc.get_service_info(type_, name, timeout=3000)
        if info is None:
            continue
        say(
            "service",
            name=name,
            server=info.server,
            port=info.port,
            addresses=info.parsed_addresses(),
            txt={k.decode("utf-8", "replace"): (v.hex() if v is not None else None) for k, v in info.properties.items()},
        )
    zc.close()


if __name__ == "__main__":
    if sys.argv[1] == "buddy":
        buddy(sys.argv[2])
    elif sys.argv[1] == "browse":
        browse(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        sys.exit(__doc__)
