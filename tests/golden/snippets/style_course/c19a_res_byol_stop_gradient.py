# BYOL / SimSiam: negative cosine similarity with a stop-gradient branch
import torch
import torch.nn.functional as F
torch.manual_seed(51)
proj = torch.nn.Linear(4, 4)
pred = torch.nn.Linear(4, 4)
x1, x2 = torch.randn(3, 4), torch.randn(3, 4)
z1, z2 = proj(x1), proj(x2)
p1, p2 = pred(z1), pred(z2)
D = lambda p, z: -F.cosine_similarity(p, z.detach(), dim=-1).mean()
loss = 0.5 * D(p1, z2) + 0.5 * D(p2, z1)
loss.backward()
print(loss.item())
print(pred.bias.grad)
print(proj.bias.grad)
