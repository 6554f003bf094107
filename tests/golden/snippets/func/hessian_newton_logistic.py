# Newton's method for logistic regression with torch.func.hessian (forward over reverse through
# binary_cross_entropy_with_logits) and, for comparison, torch.autograd.functional.hessian.
import torch
import torch.nn.functional as F
from torch.func import grad, hessian
from torch.autograd.functional import hessian as reverse_hessian

torch.manual_seed(5)
X = torch.randn(12, 3)
y = (X[:, 0] - X[:, 2] > 0).float()

def loss(w):
    return F.binary_cross_entropy_with_logits(X @ w, y)

w = torch.zeros(3)
for step in range(3):
    H = hessian(loss)(w)
    w = w - torch.linalg.solve(H, grad(loss)(w))
    print(step, loss(w).item(), w.tolist())
print(torch.equal(hessian(loss)(w), reverse_hessian(loss, w)))
print(reverse_hessian(loss, w).diagonal().tolist())
