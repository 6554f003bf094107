# CS231n: spot-check a few random gradient entries numerically (grad_check_sparse style)
import random
import torch

random.seed(231)
torch.manual_seed(231)
Xs = torch.randn(6, 4, dtype=torch.float64)
ys = torch.tensor([0, 2, 1, 2, 0, 1])
W = torch.randn(4, 3, dtype=torch.float64) * 0.01

def svm_free_loss(weights):
    return torch.nn.functional.cross_entropy(Xs @ weights, ys) + 0.1 * (weights * weights).sum()

W_auto = W.clone().requires_grad_()
svm_free_loss(W_auto).backward()
step = 1e-5
for check in range(4):
    ix = tuple(random.randrange(m) for m in W.shape)
    saved = W[ix].item()
    W[ix] = saved + step
    fxph = svm_free_loss(W).item()
    W[ix] = saved - step
    fxmh = svm_free_loss(W).item()
    W[ix] = saved
    grad_numerical = (fxph - fxmh) / (2 * step)
    grad_analytic = W_auto.grad[ix].item()
    rel = abs(grad_numerical - grad_analytic) / (abs(grad_numerical) + abs(grad_analytic))
    print("numerical: %f analytic: %f, relative error: %e" % (grad_numerical, grad_analytic, rel))
