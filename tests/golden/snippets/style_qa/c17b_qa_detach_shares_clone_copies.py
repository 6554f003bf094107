# Q: I detached a tensor, changed it, and the original changed too
import torch

src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
snap = src.detach()
copy = src.detach().clone()
snap[0] = 100.0
copy[1] = -1.0
print(src)
print(snap, copy)
print(src._version, snap._version, copy._version)
