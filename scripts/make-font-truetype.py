#!/usr/bin/env python3
"""Builds public/fonts/noto-sans-sc-subset-tt.woff: the shipped font subset with TrueType (quadratic)
outlines, for the PDF export. The PDF writer subsets the font per document; its TrueType path keeps
every glyph, its CFF path does not (Noto Sans CJK is CID-keyed CFF), so the PDF needs this copy.
The result is committed; run this only after scripts/make-font-subset.mjs changed the subset.

    pip install fonttools brotli && python3 scripts/make-font-truetype.py
"""
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SOURCE = 'public/fonts/noto-sans-sc-subset.woff2'
OUTPUT = 'public/fonts/noto-sans-sc-subset-tt.woff'
# Tables the PDF does not use: layout (the PDF places glyphs one by one), vertical metrics, hinting.
DROP = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'VORG', 'vhea', 'vmtx', 'DSIG', 'CFF ']


def main() -> None:
    font = TTFont(SOURCE)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # 1 font unit of tolerance when turning cubic curves into quadratic ones
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    maxp = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements', 'maxPoints',
                  'maxContours', 'maxCompositePoints', 'maxCompositeContours', 'maxComponentDepth'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font['maxp'] = maxp
    font['head'].glyphDataFormat = 0
    post = font['post']
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    for tag in DROP:
        if tag in font:
            del font[tag]
    font.sfntVersion = '\x00\x01\x00\x00'
    font.flavor = 'woff'
    font.save(OUTPUT)
    print(f'wrote {OUTPUT}')


if __name__ == '__main__':
    main()
