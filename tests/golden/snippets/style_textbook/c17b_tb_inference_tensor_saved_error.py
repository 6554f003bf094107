# Tensors made in inference_mode cannot be saved for backward later.
import torch

with torch.inference_mode():
    frozen = torch.tensor([1.0, 2.0]) * 3
print(frozen.is_inference(), frozen.requires_grad)
w = torch.tensor([0.5, 0.5], requires_grad=True)
print((w + frozen).sum())
try:
    (w * frozen).sum().backward()
except RuntimeError as err:
    print(err)
ok = frozen.clone()
(w * ok).sum().backward()
print(w.grad, ok.is_inference())
