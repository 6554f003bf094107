# Q: nan loss on an empty batch, and "Expected reduction dim to be specified for input.numel() == 0".
import torch
import torch.nn.functional as F

empty = torch.tensor([])
print(empty, empty.shape, empty.dtype)
print(empty.sum(), empty.mean(), empty.prod())
try:
    empty.max()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    empty.argmax()
except IndexError as e:
    print("IndexError:", e)
x = torch.randn(5, 3)
mask = x[:, 0] > 10
sel = x[mask]
print(sel.shape, sel.mean(0), sel.sum(0))
print(F.mse_loss(sel, sel))
print(F.cross_entropy(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long)))
print(torch.tensor([[]]).shape, torch.zeros(2, 0).sum(1))
try:
    torch.zeros(2, 0).max(dim=1)
except IndexError as e:
    print("IndexError:", e)
print(torch.cat([torch.tensor([]), torch.tensor([1.0, 2.0])]))
