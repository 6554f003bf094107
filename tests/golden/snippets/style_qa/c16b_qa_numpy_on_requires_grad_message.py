# Q: Can't call numpy() on Tensor that requires grad.
import torch

w = torch.tensor([1.5, 2.5], requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print(e)
print(w.detach().numpy())
print(w.numpy(force=True))
try:
    (w * 2).tolist()
    print((w * 2).tolist())
except RuntimeError as e:
    print(e)
