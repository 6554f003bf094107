import torch

# Gradient with respect to an inner activation versus the leaf that produced it
leaf = torch.tensor([1.0, 2.0], requires_grad=True)
act = torch.sin(leaf) + leaf * 3
act.retain_grad()
score = (act ** 2).sum()
d_act, d_leaf = torch.autograd.grad(score, [act, leaf], retain_graph=True)
print(d_act.round(decimals=3), d_leaf.round(decimals=3))
print(act.grad, leaf.grad)
score.backward()
print(torch.equal(act.grad, d_act), torch.equal(leaf.grad, d_leaf))
print(act.is_leaf, act.retains_grad, leaf.retains_grad)
