# cs231n-style gradient check: an affine-relu-affine score in float64, autograd gradient of W1
# against a centered-difference estimate, reported as the maximum relative error.
import torch

torch.manual_seed(231)
x = torch.randn(4, 6, dtype=torch.float64)
W1 = torch.randn(6, 5, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(5, 3, dtype=torch.float64)
def f(W):
    return (torch.relu(x @ W) @ W2).pow(2).sum() * 0.5
loss = f(W1)
loss.backward()
num = torch.zeros_like(W1)
h = 1e-5
with torch.no_grad():
    for i in range(W1.shape[0]):
        for j in range(W1.shape[1]):
            old = W1[i, j].item()
            W1[i, j] = old + h
            fp = f(W1).item()
            W1[i, j] = old - h
            fm = f(W1).item()
            W1[i, j] = old
            num[i, j] = (fp - fm) / (2 * h)
rel = (W1.grad - num).abs() / torch.clamp(W1.grad.abs() + num.abs(), min=1e-8)
print(loss.item())
print(rel.max() < 1e-6, W1.grad[0])
