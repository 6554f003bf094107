# Quiz C24: dropout's gradient uses the same mask
import torch
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.ones(8, requires_grad=True)
y = F.dropout(x, p=0.5, training=True)
y.sum().backward()
print(y)
print(x.grad)
print(torch.equal(y.detach(), x.grad))
