# Gradient noise versus minibatch size: std of minibatch gradients around the full gradient
import torch

torch.manual_seed(20)
X = torch.randn(1000, 2)
y = X @ torch.tensor([1.0, -2.0]) + 0.5 * torch.randn(1000)
w = torch.zeros(2, requires_grad=True)
full = torch.autograd.grad(((X @ w - y) ** 2).mean(), w)[0]
print("full gradient:", full)
for bs in (1, 10, 100):
    grads = []
    for i in range(50):
        idx = torch.randint(0, 1000, (bs,))
        grads.append(torch.autograd.grad(((X[idx] @ w - y[idx]) ** 2).mean(), w)[0])
    g = torch.stack(grads)
    print(f"batch {bs:3d}: mean {g.mean(0).numpy().round(3)} std {g.std(0).numpy().round(3)}")
