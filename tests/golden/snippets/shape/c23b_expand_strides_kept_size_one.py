import torch

# expand keeps the stride of a size-1 dim it does not widen (PyTorch's inferExpandGeometry)
a = torch.rand(4, 1, 1, 1)
cases = [a.expand(4, 1, 2, 2), a.expand_as(torch.ones(4, 1, 2, 2)), torch.ones(3, 1).expand(2, 3, 1),
         torch.ones(3).expand(1, 3), torch.ones(3).expand(1, 1, 3), torch.ones(3).expand(2, 1, 3),
         torch.ones(2, 3).t().expand(4, 3, 2), torch.ones(4, 1)[::2].expand(3, 2, 1), torch.ones(1, 1).expand(1, 1),
         torch.tensor(5.0).expand(2, 1), torch.tensor(5.0).expand(1, 2), torch.ones(2, 1, 3).expand(2, 4, 3),
         torch.ones(1, 4).t().expand(4, 1)]
for c in cases:
    print(c.shape, c.stride(), c.is_contiguous())
x = torch.ones(3, 1).expand(3, 2)
try:
    x.add_(1)
except RuntimeError as e:
    print(str(e)[:60])
y = torch.ones(3, 1).expand(3, 1)
y.add_(1)
print(y.view(-1), torch.ones(1, 3).expand(2, 3).view(2, 3).stride())
