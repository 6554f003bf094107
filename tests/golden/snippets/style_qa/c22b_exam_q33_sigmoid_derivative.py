import torch

# Q33. Show that sigmoid'(z) = s(1-s) and tanh'(z) = 1 - t^2 numerically.
grid = torch.tensor([-3.0, -0.5, 0.0, 1.5], requires_grad=True)
sig = grid.sigmoid()
sig.backward(gradient=torch.ones(4))
print("autograd  sigmoid':", grid.grad)
print("closed form       :", sig.detach() * (1 - sig.detach()))
grid.grad = None
th = grid.tanh()
th.sum().backward()
print("tanh' matches 1 - t^2:", torch.allclose(grid.grad, 1 - th.detach().pow(2)))
