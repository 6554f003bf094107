# input-gradient regularisation: penalise ||d loss / d x||^2 (double backward through a net)
import torch
import torch.nn as nn
torch.manual_seed(65)
net = nn.Sequential(nn.Linear(3, 6), nn.Softplus(), nn.Linear(6, 1))
x = torch.randn(4, 3, requires_grad=True)
y = torch.randn(4, 1)
task = nn.functional.mse_loss(net(x), y)
gx, = torch.autograd.grad(task, x, create_graph=True)
reg = gx.pow(2).sum(dim=1).mean()
total = task + 0.1 * reg
total.backward()
print(task.item(), reg.item())
print(net[0].bias.grad)
print(x.grad.shape)
