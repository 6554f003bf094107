# gradient of the first layer is None after I detached
import torch
import torch.nn as nn

torch.manual_seed(11)
l1 = nn.Linear(3, 4)
l2 = nn.Linear(4, 1)
x = torch.randn(2, 3)
h = l1(x).relu().detach()
out = l2(h).sum()
out.backward()
print(l1.weight.grad)
print(l2.weight.grad.shape)
print(h.requires_grad, h.grad_fn)
