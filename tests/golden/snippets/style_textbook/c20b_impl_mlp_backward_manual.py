# two-layer MLP: manual backprop vs loss.backward()
import torch

torch.manual_seed(18)
x = torch.randn(5, 3)
y = torch.randn(5, 1)
W1 = torch.randn(3, 4, requires_grad=True)
W2 = torch.randn(4, 1, requires_grad=True)
h = x @ W1
a = h.clamp(min=0)
out = a @ W2
loss = ((out - y) ** 2).mean()
loss.backward()
with torch.no_grad():
    dout = 2 * (out - y) / 5
    dW2 = a.T @ dout
    da = dout @ W2.T
    dh = da * (h > 0)
    dW1 = x.T @ dh
print(torch.allclose(dW1, W1.grad, atol=1e-6), torch.allclose(dW2, W2.grad, atol=1e-6))
print(W2.grad.T)
