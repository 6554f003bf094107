import torch

x = torch.tensor([1., 2., 3., 4.])
y = 2 * x + 1
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for epoch in range(3):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    w.data -= 0.05 * w.grad
    b.data -= 0.05 * b.grad
    w.grad = None
    b.grad = None
    print(epoch, f"{loss.item():.4f}", w, b)
