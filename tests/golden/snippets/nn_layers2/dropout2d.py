import torch
import torch.nn as nn

torch.manual_seed(0)
drop = nn.Dropout2d(p=0.5)
print(drop)
x = torch.ones(2, 4, 2, 2, requires_grad=True)
y = drop(x)
print(y[:, :, 0, 0])
print(y.grad_fn)
y.sum().backward()
print(x.grad[:, :, 0, 0])
drop.eval()
print(torch.equal(drop(x), x))
