import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 2.0, 3.0], [4.0, 9.0, 6.0], [7.0, 8.0, 5.0]]]], requires_grad=True)
y = F.max_pool2d(x, kernel_size=2, stride=1)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
print(F.max_pool2d(torch.ones(1, 1, 4, 4), 2, padding=1))
try:
    F.max_pool2d(x, 2, padding=2)
except RuntimeError as e:
    print("RuntimeError", e)
