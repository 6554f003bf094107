# Gradient of prod when some factors are zero.
import torch

for vals in ([2.0, 3.0, 4.0], [2.0, 0.0, 4.0], [0.0, 0.0, 4.0]):
    x = torch.tensor(vals, requires_grad=True)
    x.prod().backward()
    print(vals, x.grad)
y = torch.tensor([[1.0, 0.0], [2.0, 3.0]], requires_grad=True)
y.prod(dim=1).sum().backward()
print(y.grad)
z = torch.tensor([2.0, 0.0, 5.0], requires_grad=True)
z.cumprod(0).sum().backward()
print(z.grad)
