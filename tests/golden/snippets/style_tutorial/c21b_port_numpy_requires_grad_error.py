# calling .numpy() on a tensor that needs grad fails; detach first
import torch

w = torch.linspace(-1, 1, 5, requires_grad=True)
y = w ** 2
try:
    y.numpy()
except RuntimeError as e:
    print(e)
arr = y.detach().numpy()
print(arr, arr.dtype)
print(y.detach().cpu().numpy().tolist())
print(w.grad is None)
