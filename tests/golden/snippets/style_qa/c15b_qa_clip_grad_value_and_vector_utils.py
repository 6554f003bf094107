# Q: clip_grad_value_ vs clip_grad_norm_, and flattening parameters into one vector.
import torch
from torch import nn
from torch.nn.utils import clip_grad_value_, parameters_to_vector, vector_to_parameters

torch.manual_seed(39)
net = nn.Linear(3, 2)
(net(torch.randn(4, 3) * 5) ** 2).sum().backward()
print(net.weight.grad.abs().max() > 0.5)
clip_grad_value_(net.parameters(), clip_value=0.5)
print(net.weight.grad, net.bias.grad)
vec = parameters_to_vector(net.parameters())
print(vec.shape, vec.grad_fn)
vector_to_parameters(torch.arange(8.0), net.parameters())
print(net.weight, net.bias)
