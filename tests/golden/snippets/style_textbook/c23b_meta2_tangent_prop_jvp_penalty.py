import torch
from torch import nn
from torch.func import jvp, functional_call

# Tangent propagation: penalise the directional derivative of the model along a fixed direction
torch.manual_seed(38)
net = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
x = torch.randn(5, 2)
tangent = torch.tensor([[1.0, 0.0]]).expand(5, 2)
params = dict(net.named_parameters())
out, dout = jvp(lambda inp: functional_call(net, params, (inp,)), (x,), (tangent,))
print(out.shape, dout.shape, dout.requires_grad)
penalty = dout.pow(2).mean()
penalty.backward()
print(net[0].weight.grad.shape)
