import torch

n = 6
w = torch.exp(-0.3 * torch.arange(n - 1, -1, -1, dtype=torch.float32))
w = w / w.sum()
print(w.round(decimals=4))
err = torch.tensor([1.0, -1.0, 0.5, 0.0, 2.0, -0.5], requires_grad=True)
loss = (w * err.pow(2)).sum()
loss.backward()
print(f"{loss.item():.6f}", err.grad)
