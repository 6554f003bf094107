# Q: two losses from a shared trunk - backward each separately or sum them?
import torch
import torch.nn as nn

torch.manual_seed(11)
trunk = nn.Linear(4, 3)
head_a = nn.Linear(3, 1)
head_b = nn.Linear(3, 2)
x = torch.randn(5, 4)
feat = torch.relu(trunk(x))
loss_a = head_a(feat).pow(2).mean()
loss_b = head_b(feat).abs().mean()
loss_a.backward(retain_graph=True)
ga = trunk.weight.grad.clone()
loss_b.backward()
g_sep = trunk.weight.grad.clone()
trunk.zero_grad()
feat = torch.relu(trunk(x))
(head_a(feat).pow(2).mean() + head_b(feat).abs().mean()).backward()
print(g_sep)
print(trunk.weight.grad)
print(torch.allclose(g_sep, trunk.weight.grad), (g_sep - ga).abs().sum().item() > 0)
print(loss_a.item(), loss_b.item())
