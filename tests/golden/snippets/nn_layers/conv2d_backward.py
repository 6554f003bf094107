import torch
import torch.nn.functional as F

x = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_()
w = torch.tensor([[[[1.0, 2.0], [-1.0, 0.5]]]], requires_grad=True)
b = torch.tensor([0.25], requires_grad=True)
y = F.conv2d(x, w, b, stride=2)
print(y)
(y * torch.tensor([[[[1.0, -1.0], [2.0, 0.0]]]])).sum().backward()
print(x.grad)
print(w.grad)
print(b.grad)
print(y.grad_fn.next_functions)
