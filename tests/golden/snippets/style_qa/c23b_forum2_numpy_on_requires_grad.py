import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
out = w * 2
try:
    out.numpy()
except Exception as e:
    print(type(e).__name__, e)
print(out.detach().numpy(), type(out.detach().numpy()).__name__)
print(out.tolist(), out.detach().cpu().numpy().dtype)
try:
    import numpy as np
    np.array(out)
except Exception as e:
    print(type(e).__name__, e)
print(out.numpy(force=True))
