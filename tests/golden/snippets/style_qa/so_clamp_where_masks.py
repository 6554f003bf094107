# Q: replace values conditionally: torch.where with scalars, clamp with tensors, masked_fill_ in place.
import torch

x = torch.tensor([[-2.0, 0.5], [3.0, -0.1]])
print(torch.where(x > 0, x, 0.0))
print(torch.where(x > 0, 1, -1))
print(torch.where(x > 0, x, torch.zeros_like(x)).dtype)
print(x.clamp(min=torch.tensor([-1.0, 0.0]), max=torch.tensor([1.0, 2.0])))
print(torch.clamp(x, max=0))
y = x.clone()
y.masked_fill_(y < 0, 0)
print(y)
y[y > 1] = 1
print(y)
print(x.relu(), x.sign(), x.abs().argmax())
try:
    torch.clamp(x)
except RuntimeError as e:
    print(e)
