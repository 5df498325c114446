#!/usr/bin/env python3
"""Draws logo.png, the sample brand's logo (256 x 96, RGBA, transparent), with the standard library only:
a white disc with a terracotta mountain and a deep-blue sun, and NORTH in white blocky capitals, for the
brand's deep-blue banner. Run: python3 draw_logo.py"""
import struct
import zlib

W, H = 256, 96
BLUE = (0x1B, 0x49, 0x65, 255)
TERRACOTTA = (0xE0, 0x7A, 0x5F, 255)
WHITE = (255, 255, 255, 255)
pixels = [[(0, 0, 0, 0)] * W for _ in range(H)]

# the mark: a disc, a mountain cut into it, a sun
cx, cy, r = 46, 48, 40
for y in range(H):
    for x in range(W):
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            pixels[y][x] = WHITE
            if y >= 30 + abs(x - cx) * 1.1 and y <= 78:
                pixels[y][x] = TERRACOTTA
            if (x - 62) ** 2 + (y - 28) ** 2 <= 49:
                pixels[y][x] = BLUE

# NORTH in a 5 x 7 bitmap font, each dot 5 px
GLYPHS = {
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
}
x0, y0, dot = 98, 31, 5
for i, ch in enumerate("NORTH"):
    for row, bits in enumerate(GLYPHS[ch]):
        for col, bit in enumerate(bits):
            if bit == "1":
                for dy in range(dot):
                    for dx in range(dot):
                        pixels[y0 + row * dot + dy][x0 + i * 31 + col * dot + dx] = WHITE


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels)
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
with open("logo.png", "wb") as f:
    f.write(png)
print("logo.png:", len(png), "bytes")
