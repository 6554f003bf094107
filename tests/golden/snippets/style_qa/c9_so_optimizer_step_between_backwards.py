# Q: GAN-style loop: optimizer.step() between two backward calls that share a graph raises the inplace-version error.
import torch
import torch.nn as nn

torch.manual_seed(0)
G = nn.Linear(2, 2)
D = nn.Linear(2, 1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
z = torch.randn(4, 2)
fake = G(z)
d_out = D(fake)
loss_d = d_out.mean()
loss_g = -d_out.mean()
opt_d.zero_grad()
loss_d.backward(retain_graph=True)
opt_d.step()
try:
    loss_g.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
fake = G(z)
loss_d = D(fake.detach()).mean()
opt_d.zero_grad()
loss_d.backward()
opt_d.step()
loss_g = -D(fake).mean()
opt_g.zero_grad()
loss_g.backward()
opt_g.step()
print(round(loss_d.item(), 5), round(loss_g.item(), 5))
print(G.weight.grad is not None, D.weight._version)
