# Autograd's gradient of the mean squared error equals 2/n X^T (Xw - y).
import torch

X = torch.tensor([[1.0, 0.5], [1.0, 1.5], [1.0, 3.0], [1.0, 4.0]])
y = torch.tensor([1.0, 2.0, 2.5, 4.5])
w = torch.tensor([0.3, 0.8], requires_grad=True)
loss = ((X @ w - y) ** 2).mean()
loss.backward()
closed = 2 / 4 * X.T @ (X @ w.detach() - y)
print(loss.item())
print(w.grad, closed)
print(torch.allclose(w.grad, closed))
