import torch
import torch.nn as nn

torch.manual_seed(3)
net = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
for p in net[0].parameters():
    p.requires_grad_(False)
trainable = [p for p in net.parameters() if p.requires_grad]
print(len(trainable), sum(p.numel() for p in trainable))
opt = torch.optim.SGD(trainable, lr=0.1)
w0 = net[0].weight.clone()
net(torch.randn(5, 2)).mean().backward()
print(net[0].weight.grad, net[1].weight.grad is not None)
opt.step()
print(torch.equal(w0, net[0].weight))
