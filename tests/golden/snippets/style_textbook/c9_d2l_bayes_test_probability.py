# Probability chapter: Bayes' theorem for a medical test, with tensors of conditional probabilities.
import torch

p_h = torch.tensor([0.0015, 0.9985])        # P(H=1), P(H=0)
p_d1_given_h = torch.tensor([1.0, 0.01])    # P(D1=1 | H=1), P(D1=1 | H=0)
p_d1 = (p_d1_given_h * p_h).sum()
print(p_d1)
posterior = p_d1_given_h[0] * p_h[0] / p_d1
print(posterior)
p_d2_given_h = torch.tensor([0.98, 0.03])
joint = p_d1_given_h * p_d2_given_h * p_h
print(joint, joint.sum())
print(joint[0] / joint.sum())
torch.manual_seed(0)
n = 100000
h = torch.rand(n) < p_h[0]
d1 = torch.where(h, torch.rand(n) < 1.0, torch.rand(n) < 0.01)
print(h.sum(), d1.sum(), (h & d1).sum())
print((h & d1).sum() / d1.sum())
counts = torch.tensor([[10.0, 20.0], [30.0, 40.0]])
P = counts / counts.sum()
print(P, P.sum(1), P.sum(0))
print(P / P.sum(0, keepdim=True))
print(-(P * P.log2()).sum())
