# Exercise: make a tensor read-only -- PyTorch has no writeable flag, use an inference tensor
import torch

with torch.inference_mode():
    Z = torch.zeros(10)
print(Z.is_inference())
try:
    Z[0] = 1
    print(Z)
except RuntimeError as e:
    print("RuntimeError:", e)
