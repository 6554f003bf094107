# Laplace approximation for logistic regression: Hessian of the negative log posterior
import torch
from torch.autograd.functional import hessian

X = torch.tensor([[1.0, 0.5], [1.0, -1.0], [1.0, 2.0]])
y = torch.tensor([1.0, 0.0, 1.0])
def neg_log_post(w):
    logits = X @ w
    nll = torch.nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="sum")
    return nll + 0.5 * (w ** 2).sum()

w_map = torch.tensor([0.2, 0.7])
H = hessian(neg_log_post, w_map)
print(H.shape)
print(H.round(decimals=4))
print(torch.allclose(H, H.T))
