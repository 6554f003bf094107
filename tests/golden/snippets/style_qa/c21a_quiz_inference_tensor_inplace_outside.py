# Quiz: updating an inference tensor in place outside inference mode.
import torch

with torch.inference_mode():
    buf = torch.zeros(2)
try:
    buf.add_(1)
except RuntimeError as e:
    print(type(e).__name__, e)
c = buf.clone()
c.add_(1)
print(c, c.is_inference())
