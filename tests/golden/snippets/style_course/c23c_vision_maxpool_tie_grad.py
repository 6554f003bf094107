# MaxPool2d backward with ties inside a window: which position receives the gradient.
import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 1.0], [1.0, 1.0]]]], requires_grad=True)
F.max_pool2d(x, 2).backward()
print(x.grad)
y = torch.tensor([[[[0.0, 2.0, 2.0, 0.0]]]], requires_grad=True)
F.max_pool2d(y, (1, 2), stride=1).sum().backward()
print(y.grad)
z = torch.tensor([[[[5.0, 5.0], [1.0, 5.0]]]], requires_grad=True)
F.adaptive_max_pool2d(z, 1).backward()
print(z.grad)
