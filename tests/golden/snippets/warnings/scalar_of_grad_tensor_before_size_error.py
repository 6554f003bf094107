# float() of a two-element tensor that requires grad: PyTorch warns about requires_grad before refusing the size.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    float(x)
except (ValueError, TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
with torch.no_grad():
    print(float(x[0]))
print(x.detach()[1].item())
