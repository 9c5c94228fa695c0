"""Dutch abbreviations that end in a full stop without ending a sentence."""

ABBREVIATIONS = frozenset(
    """
    nr nrs no art artt lid ca o.a bijv bv d.w.z e.d e.a etc enz i.v.m m.b.t t.a.v t.o.v
    z.g.a.z incl excl jl mr dr drs ir ing prof mw dhr mevr st p pp blz jan feb mrt apr jun
    jul aug sep sept okt nov dec vs resp evt ibid id w.o c.q o.b.v i.p.v m.u.v n.a.v t.b.v
    z.s.m vgl zgn zg cf jo e.v alg kst stb stcrt trb vnl ong max min gem
    """.split()
)
