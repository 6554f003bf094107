# cs231n two-layer net: affine-relu-affine scores in float64, softmax loss plus L2, grads against finite differences.
import torch

torch.manual_seed(1403)
n_in, n_hid, n_out, n_pts = 4, 7, 3, 6
weights = [0.1 * torch.randn(n_in, n_hid, dtype=torch.float64), torch.zeros(n_hid, dtype=torch.float64),
           0.1 * torch.randn(n_hid, n_out, dtype=torch.float64), torch.zeros(n_out, dtype=torch.float64)]
inputs = 5 * torch.randn(n_pts, n_in, dtype=torch.float64)
labels = torch.tensor([2, 0, 1, 1, 0, 2])
lam = 0.1
def total_loss(W1, b1, W2, b2):
    scores = torch.clamp(inputs @ W1 + b1, min=0) @ W2 + b2
    return torch.nn.functional.cross_entropy(scores, labels) + lam * (W1.pow(2).sum() + W2.pow(2).sum())
leaves = [t.clone().requires_grad_(True) for t in weights]
value = total_loss(*leaves)
print(value)
grads = torch.autograd.grad(value, leaves)
eps = 1e-6
for idx, (leaf, g) in enumerate(zip(weights, grads)):
    numeric = torch.zeros_like(leaf)
    for j in range(leaf.numel()):
        bump = torch.zeros_like(leaf).view(-1)
        bump[j] = eps
        plus = [w + bump.view_as(w) if k == idx else w for k, w in enumerate(weights)]
        minus = [w - bump.view_as(w) if k == idx else w for k, w in enumerate(weights)]
        numeric.view(-1)[j] = (total_loss(*plus) - total_loss(*minus)) / (2 * eps)
    rel = ((numeric - g).abs() / (numeric.abs() + g.abs()).clamp(min=1e-8)).max().item()
    print(idx, tuple(g.shape), rel < 1e-6)
print(grads[3])
