# Q: permute and transpose with the wrong dims
import torch

m = torch.zeros(2, 3)
for attempt in (lambda: m.permute(1, 0, 2), lambda: m.permute(0, 0),
                lambda: m.transpose(0, 2), lambda: m.squeeze(3), lambda: m.unsqueeze(-4)):
    try:
        attempt()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(m.permute(-1, -2).shape, m.unsqueeze(-3).shape)
