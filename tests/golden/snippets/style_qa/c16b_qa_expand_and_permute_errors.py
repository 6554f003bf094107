# Q: errors from expand, permute and repeat.
import torch

t = torch.ones(2, 3)
for call in (lambda: t.expand(3, 3), lambda: t.expand(3), lambda: t.permute(1, 0, 2),
             lambda: t.permute(0, 0), lambda: t.repeat(2)):
    try:
        call()
    except RuntimeError as e:
        print(e)
print(t.expand(4, -1, 3).shape, t.repeat(2, 1, 1).shape)
