# A bfloat16 classifier: log_softmax along the last and other dims, cross_entropy / nll_loss
# (weights, ignore_index, 4-D input) whose sums run in bfloat16, and a few SGD steps.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).bfloat16()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(16, 4).bfloat16()
y = torch.randint(0, 3, (16,))
for step in range(4):
    opt.zero_grad()
    logits = model(x)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    print(step, loss.item(), logits.dtype, (logits.argmax(1) == y).float().mean().item())
print(model[0].weight.grad[:2], torch.log_softmax(logits, 1)[:2])
for dim, shape in ((1, (300, 7)), (0, (7, 300)), (-1, (4, 3, 50)), (1, (4, 33, 5))):
    z = (torch.randn(*shape) * 3).bfloat16()
    print(torch.log_softmax(z, dim).float().sum().item(), torch.log_softmax(z, dim)[0, :3])
for n in (5, 40, 300):
    z = (torch.randn(n, 6) * 2).bfloat16()
    t = torch.randint(0, 6, (n,))
    w = torch.rand(6).bfloat16()
    t2 = t.clone()
    t2[::3] = -100
    print(n, F.cross_entropy(z, t), F.nll_loss(z, t, reduction="sum"), F.nll_loss(z, t, weight=w), F.nll_loss(z, t2),
          F.nll_loss(z, t2, weight=w, reduction="sum"))
z4 = (torch.randn(3, 3, 16, 17) * 2).bfloat16()
t4 = torch.randint(0, 3, (3, 16, 17))
t4[0, ::2] = -100
print(F.cross_entropy(z4, t4), F.cross_entropy(z4, t4, reduction="sum"), F.nll_loss(z4, t4, weight=torch.rand(3).bfloat16()))
