# A saved view whose memory changed since its view node was made (an optimizer step under no_grad, a write into
# the base or the view): PyTorch names the regenerated node, AsStrided, in the version error.
import torch
import torch.nn as nn
torch.manual_seed(0)
D = nn.Linear(2, 1)
opt = torch.optim.SGD(D.parameters(), lr=0.1)
z = torch.randn(4, 2, requires_grad=True)
out = D(z).mean()
out.backward(retain_graph=True)
opt.step()
try:
    out.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
w = torch.randn(3, 3, requires_grad=True)
v = w[0]
y = (v * v).sum()
with torch.no_grad():
    w.add_(1)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
a = torch.randn(3, requires_grad=True).clone()
b = a[:2]
y = (b * b).sum()
b.mul_(2)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
a = torch.randn(3, requires_grad=True).clone()
b = a[:2]
y = (b * b).sum()
a.mul_(2)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
p = torch.randn(2, 3, requires_grad=True)
q = p.t()
r = (q ** 2).sum()
with torch.no_grad():
    q.mul_(2)
try:
    r.backward()
except RuntimeError as e:
    print(str(e).split(" Hint")[0])
