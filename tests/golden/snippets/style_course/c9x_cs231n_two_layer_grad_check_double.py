# cs231n assignment: check a two-layer net's analytic gradients against centered differences in float64.
import torch

def rel_error(x, y):
    return ((x - y).abs().max() / (x.abs() + y.abs()).clamp(min=1e-8).max()).item()

def two_layer_loss(X, y, W1, b1, W2, b2, reg):
    h = torch.relu(X @ W1 + b1)
    scores = h @ W2 + b2
    loss = torch.nn.functional.cross_entropy(scores, y)
    return loss + reg * (W1.pow(2).sum() + W2.pow(2).sum())

torch.manual_seed(231)
N, D, H, C = 5, 4, 10, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 1, 2, 2, 1])
params = {
    "W1": (1e-1 * torch.randn(D, H, dtype=torch.float64)).requires_grad_(),
    "b1": torch.zeros(H, dtype=torch.float64, requires_grad=True),
    "W2": (1e-1 * torch.randn(H, C, dtype=torch.float64)).requires_grad_(),
    "b2": torch.zeros(C, dtype=torch.float64, requires_grad=True),
}
loss = two_layer_loss(X, y, *params.values(), reg=0.05)
loss.backward()
print(f"loss {loss.item():.10f}")

def numeric_grad(name, h=1e-6):
    p = params[name]
    grad = torch.zeros_like(p)
    with torch.no_grad():
        flat, gflat = p.view(-1), grad.view(-1)
        for i in range(flat.numel()):
            old = flat[i].item()
            flat[i] = old + h
            fxph = two_layer_loss(X, y, *params.values(), reg=0.05).item()
            flat[i] = old - h
            fxmh = two_layer_loss(X, y, *params.values(), reg=0.05).item()
            flat[i] = old
            gflat[i] = (fxph - fxmh) / (2 * h)
    return grad

for name in sorted(params):
    err = rel_error(numeric_grad(name), params[name].grad)
    print(name, "max relative error:", "ok" if err < 1e-7 else f"BAD {err:e}")
print(params["b2"].grad)
