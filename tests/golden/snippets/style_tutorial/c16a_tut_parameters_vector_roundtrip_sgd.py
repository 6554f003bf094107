# parameters_to_vector and vector_to_parameters for a hand-made flat SGD step
import torch
from torch import nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(1690)
net = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
x, y = torch.randn(6, 2), torch.randn(6, 1)
for step in range(3):
    loss = (net(x) - y).abs().mean()
    grads = torch.autograd.grad(loss, list(net.parameters()))
    theta = parameters_to_vector(net.parameters())
    dtheta = parameters_to_vector(grads)
    vector_to_parameters(theta - 0.5 * dtheta, net.parameters())
    print(step, loss.item(), theta.shape, dtheta.norm().item())
print(net[2].bias, theta.requires_grad)
