# SGD's weight_decay is the same as adding wd * w to the gradient by hand
import torch

torch.manual_seed(8)
x, y = torch.randn(10, 3), torch.randn(10)
w0 = torch.randn(3)
w_a = w0.clone().requires_grad_()
w_b = w0.clone().requires_grad_()
opt = torch.optim.SGD([w_a], lr=0.1, weight_decay=0.05)
for _ in range(5):
    opt.zero_grad()
    ((x @ w_a - y) ** 2).mean().backward()
    opt.step()
    loss_b = ((x @ w_b - y) ** 2).mean()
    g, = torch.autograd.grad(loss_b, w_b)
    with torch.no_grad():
        w_b -= 0.1 * (g + 0.05 * w_b)
print(w_a.data)
print(w_b.data)
print(torch.allclose(w_a, w_b), (w_a - w_b).abs().max().item() < 1e-6)
