"""Real HTTP servers on 127.0.0.1 for the tests.

MirrorProxy serves a `wget --mirror` folder as the real sites: Scrapy reaches it
as an HTTP proxy (https via CONNECT, then TLS with a throwaway certificate), so
records keep their real https URLs while every byte crosses a real socket.
"""

import datetime
import ssl
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8"}


def self_signed_context(hosts: list[str]) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mirror.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(h) for h in hosts or ["localhost"]]), False)
        .sign(key, hashes.SHA256())
    )
    folder = Path(tempfile.mkdtemp(prefix="mirror-tls-"))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


class MirrorHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    tunnel_host: str | None = None

    def log_message(self, format, *args):
        self.server.requests.append(f"{self.tunnel_host or ''} {self.requestline}")

    def do_CONNECT(self):
        self.tunnel_host = self.path.rsplit(":", 1)[0]
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        self.connection = self.server.tls.wrap_socket(self.connection, server_side=True)
        self.rfile = self.connection.makefile("rb", self.rbufsize)
        self.wfile = self.connection.makefile("wb", 0)
        self.close_connection = False
        while not self.close_connection:
            self.handle_one_request()

    def do_GET(self):
        time.sleep(self.server.delay)
        parts = urlsplit(self.path)
        host = parts.hostname or self.tunnel_host or (self.headers.get("Host") or "").split(":")[0]
        path = unquote(parts.path or "/")
        if path.endswith("/"):
            path += "index.html"
        root = self.server.root
        file = (root / host / path.lstrip("/")).resolve()
        if not file.is_relative_to(root) or not file.is_file():
            body, status, kind = b"not found", 404, "text/plain"
        else:
            body, status = file.read_bytes(), 200
            kind = TYPES.get(file.suffix, "application/octet-stream")
            if body.lstrip()[:5] == b"<?xml":
                kind = "application/xml"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class LocalServer:
    """A threaded HTTP server on a free 127.0.0.1 port, for a `with` block."""

    def __init__(self, handler):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class MirrorProxy(LocalServer):
    """`with MirrorProxy(folder) as proxy:` serves the mirror at proxy.url."""

    def __init__(self, root: Path, delay: float = 0.0):
        super().__init__(MirrorHandler)
        self.server.delay = delay
        self.server.root = Path(root).resolve()
        self.server.tls = self_signed_context(
            sorted(p.name for p in self.server.root.iterdir() if p.is_dir())
        )
        self.server.requests = []

    @property
    def requests(self) -> list[str]:
        return self.server.requests
