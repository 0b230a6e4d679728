#!/usr/bin/python3
"""A local SMTP server for tests, on loopback: Debian's python3-aiosmtpd, so run it with /usr/bin/python3.

Every accepted message is written to DIR/NNNNNN.eml (written to a .tmp file, then renamed, so a
reader never sees half a message), preceded by an "X-Sink-Rcpt:" header with the envelope
recipients. Prints "PORT <n>" once listening; --port 0 picks a free port. --delay makes each
message take that long (to stop a sender mid-way). Stops on SIGTERM or SIGINT.
"""
import argparse
import asyncio
import os
import signal

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory, delay):
        self.directory = directory
        self.delay = delay
        existing = [n for n in os.listdir(directory) if n.endswith(".eml")]
        self.count = len(existing)  # a restarted sink keeps numbering after what is there

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.count += 1
        name = os.path.join(self.directory, "%06d.eml" % self.count)
        with open(name + ".tmp", "wb") as f:
            f.write(b"X-Sink-Rcpt: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name)
        return "250 Message accepted"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    handler = Sink(args.dir, args.delay)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, hostname="sink.localhost"), "127.0.0.1", args.port,
                                      reuse_address=True)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
