# The Jacobian of softmax is diag(probs) - probs probs^T.
import torch
from torch.autograd.functional import jacobian

logits = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
probs = torch.softmax(logits, dim=0)
jac = jacobian(lambda t: torch.softmax(t, dim=0), logits)
print(jac)
print(torch.diag(probs) - torch.outer(probs, probs))
print(jac.sum(dim=0))
