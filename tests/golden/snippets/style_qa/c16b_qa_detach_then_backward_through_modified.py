# Q: I changed a detached copy and now backward complains.
import torch

inp = torch.tensor([0.5, 1.5], requires_grad=True)
act = inp.sigmoid()
snap = act.detach()
snap.zero_()
try:
    act.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e)[:120])
