# Update-to-data ratio per parameter, (lr * grad).std() / data.std() in log10, tracked over a few steps.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
model = nn.Sequential(nn.Linear(20, 40), nn.Tanh(), nn.Linear(40, 40), nn.Tanh(), nn.Linear(40, 10))
with torch.no_grad():
    model[-1].weight *= 0.1
X = torch.randn(64, 20)
Y = torch.randint(0, 10, (64,))
ud = []
lr = 0.1
for i in range(8):
    loss = F.cross_entropy(model(X), Y)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p.data += -lr * p.grad
        ud.append([((lr * p.grad).std() / p.data.std()).log10().item() for p in model.parameters()])
print(len(ud), len(ud[0]))
for name, p in model.named_parameters():
    if p.ndim == 2:
        print("%-10s %-12s | mean %+f | std %e | grad:data ratio %e" % (name, tuple(p.shape), p.grad.mean(), p.grad.std(), p.grad.std() / p.data.std()))
print([round(v, 3) for v in ud[-1]])
t = torch.tensor(ud)
print(t.shape, t[:, 0])
print(loss)
