# float32 tanh to every digit on inputs where MKL's result is not the correctly rounded one,
# through torch.tanh, the method, nn.Tanh, F.tanh and tanh_, and a small tanh network's loss.
import torch
import torch.nn.functional as F

x = torch.tensor([0.0003522037004586309, 0.0035582827404141426, 0.06229687109589577, 0.7305977940559387,
                  1.6585204601287842, 2.833050489425659, 3.2099382877349854, 4.26076602935791,
                  4.859007835388184, 5.584256172180176, 6.489199638366699, 8.461562156677246])
print(torch.tanh(x).tolist())
print(torch.tanh(-x).tolist())
print((x.tanh() == torch.nn.Tanh()(x)).all().item(), (F.tanh(x) == x.tanh()).all().item())
y = x.clone()
y.tanh_()
print(y.tolist())
grid = torch.linspace(4, 5, 9)
print(torch.tanh(grid).tolist())
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
inputs = torch.randn(32, 3) * 3
target = torch.randn(32, 1)
loss = F.mse_loss(net(inputs), target)
loss.backward()
print(loss.item(), net[0].weight.grad.sum().item())
