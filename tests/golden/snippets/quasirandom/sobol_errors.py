# SobolEngine's refusals, and the torch.quasirandom module itself
import torch
import torch.quasirandom as qr

print(qr.__name__, qr.SobolEngine.__module__, qr.SobolEngine, qr.SobolEngine.MAXDIM)
for dimension in (0, 21202, -3):
    try:
        qr.SobolEngine(dimension)
    except ValueError as e:
        print(type(e).__name__, e)
engine = qr.SobolEngine(2)
engine.draw(3)
for call in (lambda: engine.draw_base2(2), lambda: engine.draw(2, dtype=torch.float16),
             lambda: engine.draw(2, dtype=torch.int64), lambda: engine.draw(-1),
             lambda: engine.draw(2.0), lambda: engine.fast_forward(1.5), lambda: qr.Halton):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(engine.num_generated, engine.draw(True), engine.draw_base2(0).shape)
