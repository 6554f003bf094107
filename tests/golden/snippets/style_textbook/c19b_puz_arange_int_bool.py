# Puzzle warm-up: integer and bool arithmetic in one line
import torch

r = torch.arange(5)
print(r, r.dtype)
print(r > 2, (r > 2).dtype)
print((r > 2) + (r < 4))
print((r > 2) * (r < 4))
print((r > 2) & (r < 4))
print((r > 2).sum(), (r > 2).float().mean())
print(r[r > 2])
try:
    print((r > 2) - (r < 4))
except RuntimeError as e:
    print(e)
print(~(r > 2), -r)
