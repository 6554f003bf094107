# Issue: "gradient w.r.t. an attention score matrix" — differentiate w.r.t. an intermediate.
import torch

q = torch.tensor([[1.0, 0.0], [0.0, 1.0]], requires_grad=True)
k = torch.tensor([[1.0, 1.0], [0.0, 2.0]])
scores = q * k
weights = scores.softmax(dim=-1)
objective = weights[:, 0].sum()
d_scores, d_q = torch.autograd.grad(objective, (scores, q))
print(d_scores.round(decimals=4))
print(torch.allclose(d_q, d_scores * k))
print(q.grad, scores.is_leaf)
