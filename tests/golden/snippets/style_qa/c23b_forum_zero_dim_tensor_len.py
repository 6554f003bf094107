import torch

t = torch.tensor(5)
print(t.shape, t.dim(), t.numel())
try:
    len(t)
except Exception as e:
    print(type(e).__name__, e)
try:
    t[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    for v in t:
        pass
except Exception as e:
    print(type(e).__name__, e)
print(t.unsqueeze(0), t.view(1), t.item())
