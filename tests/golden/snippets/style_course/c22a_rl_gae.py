import torch

r = torch.tensor([0.5, 0.5, 0.5, 1.0, 0.0])
v = torch.tensor([1.0, 0.9, 0.8, 0.7, 0.6])
next_value = torch.tensor(0.2)
nonterminal = torch.tensor([1.0, 1.0, 0.0, 1.0, 1.0])
gamma, lam = 0.9, 0.8
values_ext = torch.cat([v, next_value.view(1)])
deltas = r + gamma * values_ext[1:] * nonterminal - values_ext[:-1]
gae = torch.zeros_like(deltas)
running = torch.tensor(0.0)
for k in reversed(range(len(deltas))):
    running = deltas[k] + gamma * lam * nonterminal[k] * running
    gae[k] = running
print(deltas)
print(gae)
print((gae + v).sum())
