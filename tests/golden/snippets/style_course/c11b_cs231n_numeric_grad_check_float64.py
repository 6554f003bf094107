# cs231n-style gradient check in float64: eval_numerical_gradient with central differences vs autograd.
import torch

def eval_numerical_gradient(f, x, h=1e-5):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        old = x.view(-1)[i].item()
        x.view(-1)[i] = old + h
        fxph = f(x)
        x.view(-1)[i] = old - h
        fxmh = f(x)
        x.view(-1)[i] = old
        grad.view(-1)[i] = (fxph - fxmh) / (2 * h)
    return grad

def rel_error(x, y):
    return ((x - y).abs() / torch.clamp(x.abs() + y.abs(), min=1e-8)).max().item()

torch.manual_seed(231)
W = torch.randn(4, 3, dtype=torch.float64)
X = torch.randn(5, 4, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 1, 0])

def loss_fn(W):
    scores = X @ W
    scores = scores - scores.max(dim=1, keepdim=True).values
    logp = scores - scores.exp().sum(dim=1, keepdim=True).log()
    return (-logp[torch.arange(5), y].mean() + 0.5 * 0.1 * (W * W).sum()).item()

num = eval_numerical_gradient(loss_fn, W.clone())
Wt = W.clone().requires_grad_(True)
scores = X @ Wt
loss = torch.nn.functional.cross_entropy(scores, y) + 0.5 * 0.1 * (Wt * Wt).sum()
loss.backward()
print(loss.item(), loss_fn(W))
print(num.shape, Wt.grad.dtype)
print(rel_error(num, Wt.grad) < 1e-7)
print(torch.allclose(num, Wt.grad, atol=1e-8))
print(Wt.grad)
