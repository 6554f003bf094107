# eval() changes layers' behaviour, not gradient tracking.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5))
x = torch.ones(1, 2)
net.eval()
out = net(x)
print(out.requires_grad, out.grad_fn.__class__.__name__, net.training, net[1].training)
with torch.no_grad():
    print(net(x).requires_grad)
net.train()
print(net(x).grad_fn.__class__.__name__)
