#!/usr/bin/env python3
"""Write a WARC (HTML responses) or WET (page text) file from corpus pages.

    scripts/make-warc.py OUT.warc[.gz] DIR...     # every DIR/*.html.gz as an HTTP response record
    scripts/make-warc.py --wet OUT.wet[.gz] DIR... # every DIR/*.txt as a conversion record
    --repeat N   write the pages N times over (for a big input); --mb N: until about N MB

Each record is its own gzip member when OUT ends in .gz, as in Common Crawl's files.
"""
import gzip, os, sys, uuid

def records(dirs, wet):
    for d in dirs:
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if wet and name.endswith('.txt'):
                yield name[:-4], open(path, 'rb').read()
            elif not wet and name.endswith('.html.gz'):
                yield name[:-8], gzip.open(path).read()

def record(kind, uri, block, ctype):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            # WARC-Date is mandatory (WARC 1.0, 5.4); datatrove's reader requires it. Fixed, so
            # that the same pages give the same records.
            f"WARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"

def main():
    args = sys.argv[1:]
    wet = '--wet' in args; args = [a for a in args if a != '--wet']
    repeat, mb = 1, None
    if '--repeat' in args: i = args.index('--repeat'); repeat = int(args[i+1]); del args[i:i+2]
    if '--mb' in args: i = args.index('--mb'); mb = float(args[i+1]); repeat = 10**9; del args[i:i+2]
    out, dirs = args[0], args[1:]
    pages = list(records(dirs, wet))
    opener = (lambda p: open(p, 'wb'))
    gz = out.endswith('.gz')
    written = 0
    with opener(out) as f:
        info = record('warcinfo', 'urn:declutter:test', b"software: declutter make-warc\r\n", 'application/warc-fields')
        f.write(gzip.compress(info) if gz else info)
        for n in range(repeat):
            for pid, body in pages:
                uri = f"https://example.org/{os.path.basename(os.path.dirname(os.path.abspath(dirs[0])))}/{pid}?copy={n}"
                if wet:
                    r = record('conversion', uri, body, 'text/plain')
                else:
                    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
                    r = record('response', uri, http, 'application/http; msgtype=response')
                data = gzip.compress(r, compresslevel=6) if gz else r
                f.write(data); written += len(r)
                if mb and written >= mb * 1e6: return
            if mb is None and n + 1 >= repeat: return

main()
