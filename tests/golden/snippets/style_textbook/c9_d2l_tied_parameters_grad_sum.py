# Tied parameters: the same layer used twice shares one weight, and its gradient is the sum of both uses.
import torch
from torch import nn

torch.manual_seed(0)
shared = nn.LazyLinear(4)
net = nn.Sequential(nn.LazyLinear(4), nn.ReLU(),
                    shared, nn.ReLU(),
                    shared, nn.ReLU(),
                    nn.LazyLinear(1))
X = torch.rand(2, 3)
net(X)
print(net[2].weight.data[0] == net[4].weight.data[0])
net[2].weight.data[0, 0] = 100
print(net[2].weight.data[0] == net[4].weight.data[0])
print(len(list(net.parameters())), len(list(net.named_parameters())))
print([name for name, _ in net.named_parameters()])
print([name for name, _ in net.named_parameters(remove_duplicate=False)])

a = nn.Linear(2, 2, bias=False)
with torch.no_grad():
    a.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
x = torch.tensor([[1.0, 1.0]])
out = a(torch.relu(a(x)))
out.sum().backward()
print(out, a.weight.grad)
w = a.weight.detach().clone().requires_grad_()
w2 = a.weight.detach().clone().requires_grad_()
out2 = torch.relu(x @ w.T) @ w2.T
out2.sum().backward()
print(w.grad + w2.grad)
