# Section 8.3: mode and kth smallest value
import torch

x = torch.tensor([3, 1, 3, 2, 1, 3, 2])
print(torch.mode(x))
print(torch.kthvalue(x, 2))
y = torch.tensor([[5.0, 1.0, 4.0], [2.0, 8.0, 6.0]])
print(y.kthvalue(2, dim=1))
print(y.kthvalue(1, dim=0, keepdim=True))
try:
    y.kthvalue(4, dim=1)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
