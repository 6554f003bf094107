# .item() on many elements and .numpy() on a tensor that requires grad.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    x.item()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.detach().numpy(), x[0].item())
try:
    x.tolist()
    print(x.tolist(), float(x[1]))
    float(x)
except TypeError as e:
    print("TypeError:", e)
except RuntimeError as e:
    print("RuntimeError:", e)
