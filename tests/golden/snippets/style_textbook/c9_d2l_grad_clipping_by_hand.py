# d2l's grad_clipping: rescale all gradients when their global norm exceeds theta.
import torch
from torch import nn

def grad_clipping(net, theta):
    if isinstance(net, nn.Module):
        params = [p for p in net.parameters() if p.requires_grad]
    else:
        params = net.params
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm
    return norm

torch.manual_seed(0)
net = nn.RNN(3, 5)
x = torch.randn(6, 2, 3) * 5
out, h = net(x)
(out ** 2).sum().backward()
before = grad_clipping(net, 1.0)
print("norm before:", before)
after = torch.sqrt(sum((p.grad ** 2).sum() for p in net.parameters()))
print("norm after:", after)
print(net.weight_hh_l0.grad)
net.zero_grad()
out, h = net(x)
(out ** 2).sum().backward()
print(nn.utils.clip_grad_norm_(net.parameters(), 1.0))
print(net.weight_hh_l0.grad)
