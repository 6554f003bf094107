# plotting predictions: .numpy() on a tensor that requires grad
import torch

x = torch.linspace(0, 1, 3, dtype=torch.float64, requires_grad=True)
u = x * 2
try:
    u.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(u.detach().numpy())
print(u.detach().cpu().numpy().dtype, u.tolist())
