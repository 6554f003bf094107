import torch
from torch import nn
import torch.nn.functional as F

# ANIL: adapt only the head in the inner loop; the body gets meta-gradients through it
torch.manual_seed(36)
body = nn.Sequential(nn.Linear(4, 6), nn.ReLU())
head_w = torch.zeros(3, 6, requires_grad=True)
head_b = torch.zeros(3, requires_grad=True)
xs, ys = torch.randn(9, 4), torch.arange(3).repeat(3)
feats = body(xs)
w, b = head_w, head_b
for step in range(3):
    loss = F.cross_entropy(F.linear(feats[:6], w, b), ys[:6])
    gw, gb = torch.autograd.grad(loss, (w, b), create_graph=True)
    w, b = w - 0.5 * gw, b - 0.5 * gb
    print(step, f"{loss.item():.4f}")
query = F.cross_entropy(F.linear(feats[6:], w, b), ys[6:])
query.backward()
print(body[0].weight.grad is not None, head_w.grad.shape, f"{query.item():.3f}")
