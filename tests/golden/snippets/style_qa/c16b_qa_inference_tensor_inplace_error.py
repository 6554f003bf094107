# Q: Inplace update to inference tensor outside InferenceMode
import torch

with torch.inference_mode():
    buf = torch.zeros(3)
print(buf.is_inference(), buf.requires_grad)
try:
    buf.add_(1)
except RuntimeError as e:
    print(e)
fresh = buf.clone()
fresh.add_(1)
print(fresh, fresh.is_inference())
