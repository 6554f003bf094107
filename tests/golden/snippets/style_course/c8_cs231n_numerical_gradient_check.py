# cs231n-style numerical gradient check: centered differences in float64 vs autograd, relative error.
import torch

def rel_error(x, y):
    return (torch.max(torch.abs(x - y) / torch.clamp(torch.abs(x) + torch.abs(y), min=1e-8))).item()

def eval_numerical_gradient(f, x, h=1e-5):
    grad = torch.zeros_like(x)
    flat = x.view(-1)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + h
        fxph = f(x).item()
        flat[i] = old - h
        fxmh = f(x).item()
        flat[i] = old
        grad.view(-1)[i] = (fxph - fxmh) / (2 * h)
    return grad

torch.manual_seed(231)
X = torch.randn(5, 4, dtype=torch.float64)
W = torch.randn(4, 3, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 1, 0])

def loss_fn(W):
    scores = X @ W
    scores = scores - scores.max(1, keepdim=True).values
    probs = scores.exp() / scores.exp().sum(1, keepdim=True)
    return -probs[range(5), y].log().mean() + 0.1 * (W * W).sum()

num = eval_numerical_gradient(loss_fn, W.clone())
Wg = W.clone().requires_grad_(True)
loss = loss_fn(Wg)
loss.backward()
print('loss:', loss.item())
print('max relative error:', rel_error(num, Wg.grad) < 1e-7)
print(Wg.grad)
print(torch.autograd.gradcheck(loss_fn, (W.clone().requires_grad_(),)))
