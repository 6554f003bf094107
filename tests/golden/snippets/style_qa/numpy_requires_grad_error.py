# .numpy() on a tensor that requires grad, and the detach() fix.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
try:
    y.numpy()
except RuntimeError as e:
    print(type(e).__name__, e)
print(y.detach().numpy())
print(y.detach().cpu().numpy().tolist())
print(y.tolist())
