import torch
import torch.nn as nn
import torch.nn.functional as F

# A gradient penalty (WGAN-GP style) through a small CNN: the input gradient is taken with
# create_graph, and its norm is then differentiated for the weights (float64: float32 sums
# of the second pass may differ from PyTorch's in the last bit).
torch.manual_seed(0)
critic = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.LeakyReLU(0.2), nn.Conv2d(4, 2, 3, stride=2),
                       nn.Flatten(), nn.Linear(2 * 2 * 2, 1)).double()
x = torch.randn(3, 1, 6, 6, dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad(critic(x).sum(), x, create_graph=True)
print(type(g.grad_fn).__name__, g.requires_grad)
penalty = ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
penalty.backward()
print(penalty)
for name, p in critic.named_parameters():
    print(name, p.grad)

# float64: second derivatives of conv1d and conv2d for every operand
torch.manual_seed(1)
x = torch.randn(2, 3, 5, 4, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 3, 3, 2, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = F.conv2d(x, w, b, stride=(1, 2), padding=1, dilation=(2, 1))
gx, gw, gb = torch.autograd.grad((torch.tanh(y) ** 2).sum(), (x, w, b), create_graph=True)
print([type(t.grad_fn).__name__ for t in (gx, gw, gb)])
print(torch.autograd.grad((gx ** 2).sum() + (gw ** 3).sum() + gb.sum(), (x, w, b)))
x1 = torch.randn(2, 4, 7, dtype=torch.float64, requires_grad=True)
w1 = torch.randn(6, 2, 3, dtype=torch.float64, requires_grad=True)
gx, gw = torch.autograd.grad((torch.sin(F.conv1d(x1, w1, groups=2, padding=1)) ** 2).sum(), (x1, w1), create_graph=True)
print(torch.autograd.grad((gx ** 2).sum() + (gw ** 3).sum(), (x1, w1)))
