# as_strided: overlapping windows, a storage offset, bounds, and a view that writes through.
import torch
x = torch.arange(8.)
for f in (lambda: x.as_strided((3, 3), (2, 1)), lambda: x.as_strided((2, 2), (1, 2), 1), lambda: x[2:].as_strided((2,), (1,)), lambda: x[2:].as_strided((2,), (1,), 0), lambda: x.as_strided((5, 5), (1, 1)), lambda: torch.as_strided(x, (2,), (3,))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
v = x.as_strided((2, 2), (2, 1)); v[0, 0] = 42; print(x[:3], v._base is x, x._version, v._version)
m = torch.zeros(3, 4).t(); print(m.as_strided((2, 2), (4, 1)).shape)
