# Q: can the fill value of masked_fill get a gradient?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
fill = torch.tensor(5.0, requires_grad=True)
mask = torch.tensor([True, False, True])
out = x.masked_fill(mask, fill)
(out * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(out, x.grad, fill.grad)
try:
    x.masked_fill(mask, torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
