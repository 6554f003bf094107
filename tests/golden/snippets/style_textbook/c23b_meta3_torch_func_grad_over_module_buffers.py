import torch
from torch import nn
from torch.func import functional_call, grad

# Parameters are differentiated, buffers (running statistics) are passed through untouched
torch.manual_seed(73)
net = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
net.eval()
weights = {name: t.detach() for name, t in net.named_parameters()}
stats = dict(net.named_buffers())
batch = torch.randn(3, 2)
def energy(w):
    return functional_call(net, (w, stats), (batch,)).pow(2).mean()
dw = grad(energy)(weights)
print(list(dw), [tuple(t.shape) for t in dw.values()])
print(list(stats), stats["1.num_batches_tracked"])
