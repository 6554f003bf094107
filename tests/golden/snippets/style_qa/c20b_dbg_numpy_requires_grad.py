# calling .numpy() on a tensor that requires grad
import torch

torch.manual_seed(12)
w = torch.randn(3, requires_grad=True)
y = w * 2
try:
    y.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(y.detach().numpy().round(3))
print(w.detach().numpy().dtype)
y.tolist()
print([round(v, 4) for v in y.tolist()])
