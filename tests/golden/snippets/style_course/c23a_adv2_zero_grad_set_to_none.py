# Saliency loops reuse the model: its parameter grads go to None on zero_grad, the input's stay
import torch
import torch.nn as nn

torch.manual_seed(25)
net = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
inp = torch.ones(1, 2, requires_grad=True)
net(inp).sum().backward()
print(net[0].weight.grad is None, inp.grad is None)
net.zero_grad()
print(net[0].weight.grad, net[0].bias.grad)
print(inp.grad is None)
net(inp).sum().backward()
net.zero_grad(set_to_none=False)
print(net[0].bias.grad, inp.grad.shape)
