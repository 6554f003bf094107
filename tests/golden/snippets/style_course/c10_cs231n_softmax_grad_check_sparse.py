# cs231n assignment 1: softmax loss with L2 regularisation, checked by a sparse numeric gradient check.
import torch

torch.manual_seed(0)
N, D, C = 10, 5, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.randint(0, C, (N,))
W = torch.randn(D, C, dtype=torch.float64) * 0.01
reg = 0.1

def softmax_loss(W):
    scores = X @ W
    scores = scores - scores.max(dim=1, keepdim=True).values
    probs = scores.exp() / scores.exp().sum(dim=1, keepdim=True)
    loss = -probs[torch.arange(N), y].log().mean() + reg * (W * W).sum()
    dscores = probs.clone()
    dscores[torch.arange(N), y] -= 1
    dW = X.T @ dscores / N + 2 * reg * W
    return loss, dW

loss, grad = softmax_loss(W)
print(f"loss: {loss.item():.6f}  sanity: {-torch.log(torch.tensor(0.1)).item():.6f}")
g = torch.Generator().manual_seed(1)
h = 1e-5
for _ in range(6):
    ix = tuple(torch.randint(0, s, (1,), generator=g).item() for s in W.shape)
    old = W[ix].item()
    W[ix] = old + h
    fxph = softmax_loss(W)[0].item()
    W[ix] = old - h
    fxmh = softmax_loss(W)[0].item()
    W[ix] = old
    grad_numerical = (fxph - fxmh) / (2 * h)
    grad_analytic = grad[ix].item()
    rel_error = abs(grad_numerical - grad_analytic) / (abs(grad_numerical) + abs(grad_analytic))
    print(f"{ix} numerical: {grad_numerical:f} analytic: {grad_analytic:f}, relative error: {rel_error < 1e-7}")
Wt = W.clone().requires_grad_()
softmax_loss(Wt)[0].backward()
print(torch.allclose(Wt.grad, grad), (Wt.grad - grad).abs().max() < 1e-12)
