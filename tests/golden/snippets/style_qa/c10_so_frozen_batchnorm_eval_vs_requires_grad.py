# Q: I froze my BatchNorm with requires_grad_(False) but its running stats still change - eval() is what stops them.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
bn = net[1]
for p in bn.parameters():
    p.requires_grad_(False)
before = bn.running_mean.clone()
net(torch.randn(8, 3) + 2)
print(torch.equal(before, bn.running_mean), bn.num_batches_tracked)
bn.eval()
before = bn.running_mean.clone()
net(torch.randn(8, 3) + 2)
print(torch.equal(before, bn.running_mean), bn.num_batches_tracked, bn.training, net.training)
print([n for n, p in net.named_parameters() if p.requires_grad])
net.train()
print(bn.training)
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, net.parameters()), lr=0.1)
print(len(opt.param_groups[0]["params"]))
out = net(torch.randn(8, 3))
out.sum().backward()
print(bn.weight.grad, net[0].weight.grad is not None)
bn.track_running_stats = False
print(bn)
