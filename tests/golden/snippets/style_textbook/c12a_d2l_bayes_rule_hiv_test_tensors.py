# Probability chapter: Bayes' rule for a diagnostic test with tensors, a second test, and simulation.
import torch

P_H = torch.tensor([0.9985, 0.0015])
P_D1_given_H = torch.tensor([0.01, 1.0])
P_D1 = (P_D1_given_H * P_H).sum()
print(P_D1, P_D1_given_H[1] * P_H[1] / P_D1)
P_D2_given_H = torch.tensor([0.03, 0.98])
P_D1D2 = (P_D1_given_H * P_D2_given_H * P_H).sum()
print(P_D1D2, P_D1_given_H[1] * P_D2_given_H[1] * P_H[1] / P_D1D2)
joint = torch.outer(P_H, torch.tensor([0.5, 0.5]))
print(joint, joint.sum(), joint.sum(0), joint.sum(1))
g = torch.Generator().manual_seed(0)
n = 200000
sick = torch.rand(n, generator=g) < 0.0015
pos = torch.where(sick, torch.ones(n, dtype=torch.bool), torch.rand(n, generator=g) < 0.01)
print(sick.sum().item(), pos.sum().item(), (sick & pos).sum().item() / pos.sum().item())
fair = torch.ones(6) / 6
counts = torch.distributions.Multinomial(1000, fair).sample()
print(counts.sum(), counts.shape)
cum = torch.distributions.Multinomial(10, fair).sample((5,)).cumsum(dim=0)
print(cum[-1].sum(), cum / cum.sum(dim=1, keepdims=True))
