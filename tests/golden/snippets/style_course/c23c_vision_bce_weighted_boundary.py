# F.binary_cross_entropy with a per-pixel weight map emphasising a boundary.
import torch
import torch.nn.functional as F

p = torch.tensor([[0.9, 0.4], [0.2, 0.7]], requires_grad=True)
t = torch.tensor([[1.0, 1.0], [0.0, 1.0]])
w = torch.tensor([[1.0, 5.0], [1.0, 1.0]])
loss = F.binary_cross_entropy(p, t, weight=w)
print(loss)
loss.backward()
print(p.grad)
try:
    F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
