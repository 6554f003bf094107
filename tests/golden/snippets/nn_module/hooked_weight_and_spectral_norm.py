import torch
from torch import nn
from torch.nn.utils import weight_norm, spectral_norm, remove_spectral_norm
torch.manual_seed(0)
conv = weight_norm(nn.Conv1d(2, 3, 2, dilation=2))
net = nn.Sequential(conv, nn.ReLU())
x = torch.randn(4, 2, 6)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = net(x).pow(2).mean()
    loss.backward()
    opt.step()
    print(step, loss.item(), conv.weight_g.flatten().tolist())
d = spectral_norm(nn.Linear(4, 3))
opt = torch.optim.Adam(d.parameters(), lr=0.01)
z = torch.randn(5, 4)
for step in range(3):
    opt.zero_grad()
    out = d(z).sum()
    out.backward()
    opt.step()
    print(step, out.item(), d.weight_u.tolist())
d.eval()
print(d(z))
print(d.weight_orig.grad)
sd = d.state_dict()
print(sorted(sd))
remove_spectral_norm(d)
print([n for n, _ in d.named_parameters()], d.weight)
try:
    remove_spectral_norm(d)
except ValueError as e:
    print("ValueError:", e)
try:
    weight_norm(conv)
except RuntimeError as e:
    print("RuntimeError:", e)
t = spectral_norm(nn.ConvTranspose2d(2, 3, 2))
print(t.weight_u.shape, t.weight_v.shape)
